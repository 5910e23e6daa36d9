import { Connection } from '../../schema/pagination/connection.type';
import { SearchHit } from './search-hit.type';

/** `SearchHitConnection` and `SearchHitEdge`. */
export const SearchHitConnection = Connection(SearchHit, 'SearchHit');
