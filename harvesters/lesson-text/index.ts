/**
 * Shared reading helpers of the lesson harvesters (`carpentries-workbench`, `carpentries-legacy`,
 * `sphinx-lesson`): a library, not a harvester kind. See this folder's README.
 */
export { parseYaml } from './parseYaml.js';
export { parseFrontMatter, type FrontMatter } from './parseFrontMatter.js';
export { markdownBlocks, type MarkdownBlock } from './markdownBlocks.js';
export { inlineMarkdownToText, type InlineMarkdownOptions } from './inlineMarkdownToText.js';
export { plainTextOf, type PlainTextOptions } from './plainTextOf.js';
export { isRecord, stringOf, stringListOf, describeType } from './looseValues.js';
export { withoutUndefined } from './withoutUndefined.js';
export { quoted } from './quoted.js';
export { MAX_SOURCE_FILE_SIZE, tooLargeMessage } from './sourceFileSize.js';
export { readSourceFile, type SourceFile } from './readSourceFile.js';
export { usableFiles, type UsableFiles } from './usableFiles.js';
export { parseLessonLocation, type LessonLocation } from './parseLessonLocation.js';
export { githubPagesUrl } from './githubPagesUrl.js';
export { carpentryOf, CARPENTRY_NAMES, type Carpentry } from './carpentryOf.js';
export { itemsOrParagraphs, type ProseBlock } from './itemsOrParagraphs.js';
export { textValue, type TextValueOptions } from './textValue.js';
export { parseJsonObject } from './parseJsonObject.js';
export { parseYamlMapping } from './parseYamlMapping.js';
export { urlValue } from './urlValue.js';
export { keyLine } from './keyLine.js';
export { parseSettingsFile, type SettingsFile } from './parseSettingsFile.js';
export { harvestEach } from './harvestEach.js';
export { embeddedJsonLd, type EmbeddedJsonLd } from './embeddedJsonLd.js';
export { fallbackPartName } from './fallbackPartName.js';
export { fileCollector, type FileCollector } from './fileCollector.js';
