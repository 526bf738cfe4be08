// Type tests for WCC assurance (checked by `tsc -p .`, never run).
import { assessWccAssurance } from '../../src/index.js';

assessWccAssurance({ pct: '5ZZ', competencies: { 'WCC.C04': 2 }, governance: { board: 'green' } }, { asOf: '2010-03-31' });
// @ts-expect-error a misspelt traffic light
assessWccAssurance({ governance: { board: 'gren' } }, { asOf: '2010-03-31' });
// @ts-expect-error a level given as a string
assessWccAssurance({ competencies: { 'WCC.C04': '2' } }, { asOf: '2010-03-31' });
// @ts-expect-error an unknown key in an object literal
assessWccAssurance({ pct: '5ZZ', rating: 'green' }, { asOf: '2010-03-31' });
// @ts-expect-error asOf is required
assessWccAssurance({}, {});
