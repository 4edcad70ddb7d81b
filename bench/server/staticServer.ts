/**
 * The baseline of the HTTP benchmarks: a bare Express app that serves the files of one directory as they are
 * (`express.static`), on `PORT`. Run in its own process (`node dist/bench/server/staticServer.js <dir>`), so it
 * competes for the same two cores as the catalog does. `/readyz` answers as soon as it listens.
 */
import express from 'express';

const [dir] = process.argv.slice(2);
if (dir === undefined) {
  process.stderr.write('usage: staticServer.js <dir>\n');
  process.exit(2);
}
const app = express();
app.get('/readyz', (_req, res) => {
  res.json({ status: 'ready' });
});
app.use(express.static(dir));
const server = app.listen(Number(process.env.PORT ?? 0), '127.0.0.1');
process.once('SIGTERM', () => {
  server.closeAllConnections();
  server.close(() => process.exit(0));
});
