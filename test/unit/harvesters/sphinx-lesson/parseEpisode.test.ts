import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { parseEpisode } from '../../../../harvesters/sphinx-lesson/parseEpisode.js';
import { fixturePath } from './fixtures.js';

const read = (path: string): string => readFileSync(fixturePath(path), 'utf8');

describe('parseEpisode', () => {
  it('reads the git-intro basics.md title, objectives, keypoints and instructor-note time', () => {
    assert.deepEqual(parseEpisode(read('git-intro/content/basics.md'), 'myst'), {
      title: 'Basics',
      objectives: [
        'Learn to create Git repositories and make commits.',
        'Get a grasp of the structure of a repository.',
        'Learn how to inspect the project history.',
        'Learn how to write useful commit log messages.',
      ],
      questions: [],
      keypoints: [
        'It takes only one command to initialize a Git repository: git init -b main.',
        'Commits should be used to tell a story.',
        'Git uses the .git folder to store the snapshots.',
        "Don't be afraid to stage and commit often. Better too often than not often enough.",
      ],
      minutes: 75,
    });
  });

  it('reads the colon-fenced objectives of git-intro commits.md, and no time', () => {
    const episode = parseEpisode(read('git-intro/content/commits.md'), 'myst');
    assert.equal(episode.title, 'Recording changes');
    assert.equal(episode.objectives.length, 3);
    assert.equal(episode.minutes, undefined);
  });

  it('reads the RST questions, objectives, keypoints and "25 min teaching" + "0 min exercises" of 4-gpu-concepts.rst', () => {
    const episode = parseEpisode(read('gpu-programming/content/4-gpu-concepts.rst'), 'rst');
    assert.equal(episode.title, 'GPU programming concepts');
    assert.equal(episode.questions[0], 'What types of parallel computing is possible?');
    assert.equal(episode.objectives[1], 'Differentiate data parallelism from task parallelism.');
    assert.equal(episode.keypoints.length, 5);
    assert.equal(episode.minutes, 25);
  });

  it('reads objectives written as a paragraph, and drops placeholder items', () => {
    const episode = parseEpisode('# T\n\n```{objectives}\nUnderstand things.\n```\n\n```{questions}\n- FIXME\n- Why?\n```\n', 'myst');
    assert.deepEqual(episode.objectives, ['Understand things.']);
    assert.deepEqual(episode.questions, ['Why?']);
  });

  it('gives no title for an episode without a heading', () => {
    assert.equal(parseEpisode('Just text.\n', 'myst').title, undefined);
  });
});
