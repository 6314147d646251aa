import './reader.css';
import '../content/highlights.css';
import { startReader } from '../../lib/reader/app';

void startReader(document);
