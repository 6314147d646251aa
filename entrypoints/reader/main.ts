import './reader.css';
import '../content/highlights.css';
import { startReader } from '../../lib/extension-pages/reader/app';

void startReader(document);
