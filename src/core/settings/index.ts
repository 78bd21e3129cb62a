export * from "./model";
export { isSettingsXml, parseSettings, serializeSettings, type ParsedSettings } from "./xml";
