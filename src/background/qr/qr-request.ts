export type { QrDecodeRequest, QrDecodeResponse } from '../../shared/message-types';
