import { z } from 'zod';
import { channel, ById, Done, NoInput } from './channel';
import { Unit, UnitInput } from '../domain/unit';

export const unitChannels = {
  'units.list': channel(NoInput, z.array(Unit)),
  'units.create': channel(UnitInput, Unit),
  'units.delete': channel(ById, Done),
};
