// Imported first by the CLI, before any regular expression runs. A scan compiles a few hundred patterns and runs
// most of them more than once: V8's default regexp tier-up compiles each one twice (bytecode on first use, then
// native code), while compiling straight to native code costs about a tenth fewer instructions per scan
// (callgrind on bench's 600 JavaScript files). The editor's extension host is shared, so only the CLI does this.
import v8 from 'node:v8';

v8.setFlagsFromString('--no-regexp-tier-up');
