/** The national registry export (SSB Barnevern_v4.xsd): one XML document per child, written purely. */
export {
  avgiverXml,
  deletedSince,
  elementRefs,
  formatDatoUttrekk,
  idMapper,
  sakXml,
  writeBarnevern,
  type Avgiver,
  type BarnevernDocument,
  type ElementRef,
  type Fagsystem,
  type SlettetElement,
} from './barnevern-xml.js';
export type { IdOf } from './sak-elements.js';
export { isRegistryUuid, registryId, uuidV5, REGISTRY_UUID, VERN_REGISTRY_NAMESPACE } from './registry-id.js';
export { registryPersonalia, type PersonRecord } from './personalia.js';
export { escapeAttribute, escapeText } from './xml.js';
