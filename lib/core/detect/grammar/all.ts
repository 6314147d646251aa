import { registerGrammars } from './index';
import { OTHER_SCRIPT_GRAMMARS } from './other-scripts';

// Imported for its effect: the detector of lib/core/detect/index.ts reads all six languages.
registerGrammars(OTHER_SCRIPT_GRAMMARS);
