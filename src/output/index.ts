export { StreamOutput, type DocumentResult, type OutputSink } from './sinks.js';
export { DirectoryOutput } from './directory.js';
export { formatJson, formatJsonLine, formatText, OUTPUT_FORMATS, type OutputFormat } from './format.js';
export { writeFileAtomic } from './atomic.js';
export { AppendOutput } from './append.js';
