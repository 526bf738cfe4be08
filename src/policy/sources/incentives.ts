/**
 * Sources cited by the incentives area's parameters, rules and reference data. (The Towards PBC DES
 * sources that the foundation seeded — `bma-tpbc-des-c2`, `bma-tpbc-des-focus`,
 * `pulse-know-your-rights-c2`, `gponline-2006-enormous-variation`, `kf-2008-press-release` — live in
 * `core.ts`.)
 *
 * @module
 */
import type { Source } from '../../core/policy-model/schemas.js';

/** Sources for the incentives area. @internal */
export const incentivesSources: readonly Source[] = [
  {
    id: 'dh-2006-sfe-amendment-3',
    title: 'The General Medical Services Statement of Financial Entitlements (Amendment) (No. 3) Directions 2006',
    publisher: 'Department of Health',
    date: '2006',
    url: 'http://www.dh.gov.uk/assetRoot/04/13/67/23/04136723.pdf',
    weight: 'primary',
    note: 'Inserted SFE section 7A, Towards Practice Based Commissioning; paragraph 7A.12 offsets freed-up resources against component 2. Cited by the BMA; the text itself was not retrieved.',
  },
  {
    id: 'dh-2007-sfe-amendment-2',
    title: 'The General Medical Services Statement of Financial Entitlements (Amendment) (No. 2) Directions 2007',
    publisher: 'Department of Health',
    date: '2007-08-03',
    url: 'http://www.dh.gov.uk/en/Publicationsandstatistics/Publications/PublicationsLegislation/DH_077188',
    weight: 'primary',
    note: 'Kept SFE section 7A (and 7B–7D) after the 2006/07 DESs ended, so that outstanding payments could still be made.',
  },
  {
    id: 'audit-commission-2007-putting-commissioning',
    title: 'Putting commissioning into practice: implementing practice based commissioning through good financial management',
    publisher: 'Audit Commission',
    date: '2007-11',
    weight: 'primary',
    note: "Estimated £98m of PBC incentive payments to practices in 2006/07, about half for signing up to accept an indicative budget. Not retrieved: the figures are read from the King's Fund press release (kf-2008-press-release).",
  },
  {
    id: 'hansard-2006-07-06-pbc-uptake',
    title: 'Practice-based commissioning (written answer, 6 July 2006)',
    publisher: 'Hansard, House of Commons',
    date: '2006-07-06',
    url: 'https://hansard.parliament.uk/Commons/2006-07-06/debates/06070623000122/Practice-BasedCommissioning',
    weight: 'primary',
    note: 'Practices taking up a PBC incentive payment (the DES or a local alternative) at 31 May 2006, by SHA: 3,454 of 8,433 in England (41%).',
  },
  {
    id: 'gponline-2006-north-south-divide',
    title: 'North-south divide in commissioning uptake',
    publisher: 'GP (gponline.com)',
    date: '2006',
    url: 'https://www.gponline.com/north-south-divide-commissioning-uptake/article/597457',
    weight: 'secondary',
    note: 'Three in four practices (6,260) receiving PBC incentive payments, on the DH figures that also measured PCTs against their August 2006 targets.',
  },
  {
    id: 'mip-2007-04-27-dh-figures',
    title: 'Practice-based commissioning – latest DH figures',
    publisher: 'Management in Practice',
    date: '2007-04-27',
    url: 'https://managementinpractice.com/news/practice-based-commissioning-latest-dh-figures/',
    weight: 'secondary',
    note: 'DH data at 31 March 2007: practice uptake of an incentive payment (the DES or a local alternative) 96%; all PCTs at universal coverage by December 2006. (Merged with the former duplicate id mip-2007-latest-dh-figures.)',
  },
  {
    id: 'hansard-2007-02-19-c2-spend',
    title: 'General practitioners: pay (written answer, 19 February 2007)',
    publisher: 'Hansard, House of Commons',
    date: '2007-02-19',
    url: 'https://hansard.parliament.uk/Commons/2007-02-19/debates/07021932000036/GeneralPractitionersPay',
    weight: 'primary',
    note: 'DH was collecting PCT spend on DES component 2, but not the number of practices receiving it, and had made no estimate of that number.',
  },
  {
    id: 'hansard-2006-07-18-gp-lists',
    title: 'GP lists (oral answer, 18 July 2006)',
    publisher: 'Hansard, House of Commons',
    date: '2006-07-18',
    url: 'https://hansard.parliament.uk/Commons/2006-07-18/debates/06071887000035/GPLists',
    weight: 'primary',
    note: 'Average practice list size in England at 30 September: 5,968 (2003), 6,149 (2004), 6,250 (2005).',
  },
  {
    id: 'pulse-2013-registered-patients',
    title: 'Number of registered patients in England rises 3% in four years',
    publisher: 'Pulse',
    date: '2013',
    url: 'https://www.pulsetoday.co.uk/news/practice-personal-finance/number-of-registered-patients-in-england-rises-3-in-four-years/',
    weight: 'secondary',
    note: 'DH figures: 53,944,734 patients registered with GPs in England in 2008 (55.7m in 2012). Publication year inferred from the figures it reports.',
  },
  {
    id: 'ssi-2004-142-article-37',
    title: 'The General Medical Services (Transitional and Other Ancillary Provisions) (Scotland) Order 2004, article 37',
    publisher: 'legislation.gov.uk',
    date: '2004',
    url: 'http://www.legislation.gov.uk/ssi/2004/142/article/37/made',
    weight: 'primary',
    note: 'Monthly payments of one twelfth of the global sum equivalent fall due on the last day of the month to which they relate. Scottish; used as the analogue of the English SFE, whose text was not retrieved.',
  },
  {
    id: 'dh-faq-incentive-no-overspend',
    title: 'Is there a fixed period of time for a practice to achieve financial balance and what happens if they do not? (copy of the DH PBC FAQ)',
    publisher: 'experts123.com',
    date: '2007',
    url: 'https://experts123.com/q/is-there-a-fixed-period-of-time-for-a-practice-to-achieve-financial-balance-and-what-happens-if-they-dont.html',
    weight: 'context',
    note: 'The DH answer: a local incentive award should depend on the practice not overspending its indicative budget.',
  },
  {
    id: 'pulse-2007-lack-of-incentives',
    title: 'Lack of GP incentives threatens PBC future',
    publisher: 'Pulse',
    date: '2007-02',
    url: 'http://www.pulsetoday.co.uk/lack-of-gp-incentives-threatens-pbc-future/10945658.article',
    weight: 'secondary',
    note: 'In February 2007 many PCTs still had no local scheme to replace the DES.',
  },
  {
    id: 'docest-2010-pbc-incentive-scheme',
    title: 'Practice based commissioning incentive scheme 2010-11: specification',
    publisher: 'docest.com (copy of a PCT specification)',
    date: '2010',
    url: 'https://docest.com/doc/53422/practice-based-commissioning-incentive-scheme-2010-11-specification',
    weight: 'context',
    note: "A local scheme's conditions: sign-up, a practice PBC lead attending 75% of PBC meetings, referral quality, admissions and prescribing.",
  },
];
