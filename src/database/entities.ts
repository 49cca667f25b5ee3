import { AreaCrosswalk } from '../areas/entities/area-crosswalk.entity.js';
import { Area } from '../areas/entities/area.entity.js';
import { HistoricalArea } from '../areas/entities/historical-area.entity.js';
import { OutboxMessage } from '../queue/entities/outbox-message.entity.js';
import { ReferenceItem } from '../reference/entities/reference-item.entity.js';

/** Every entity, listed explicitly so the same list works from sources (tests) and from dist. */
export const ENTITIES = [Area, HistoricalArea, AreaCrosswalk, ReferenceItem, OutboxMessage];
