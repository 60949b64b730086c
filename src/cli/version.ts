// The tool's name and version, read from package.json at build time.
import packageJson from '../../package.json';

export const TOOL_NAME = 'Security Coach';
export const TOOL_VERSION: string = packageJson.version;
export const TOOL_URI = 'https://github.com/security-coach/security-coach';
