import { z } from 'zod';

/**
 * The published shape of an interview guide. Bundled guides are parsed with it at build and
 * test time; every item that can be ticked has a stable `id`, so progress survives edits
 * to the wording.
 */

const slug = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'use lower-case words joined by hyphens');
const prose = z.string().trim().min(1);

/**
 * A source's public address: `https://` on a public host only. A guide file is a stranger's
 * text, and a link the panel shows must not run script (`javascript:`), open local or browser
 * pages (`file:`, `chrome:`), carry its own content (`data:`, `blob:`) or travel unencrypted.
 * One check, so a wrong address is one problem; the pattern states it in JSON Schema, whose
 * "uri" format takes any scheme.
 */
const sourceUrl = z
  .string()
  .refine(
    (text) => text.startsWith('https://') && URL.canParse(text) && z.regexes.domain.test(new URL(text).hostname),
    'use a public web address that starts with https:// (javascript:, data:, file:, blob:, browser and http:// addresses are not allowed)',
  )
  .meta({ format: 'uri', pattern: '^https://', description: 'Public address of the source: https:// only.' });

export const SourceSchema = z.object({
  id: slug,
  title: prose,
  /** Public address of the source, when it has one. */
  url: sourceUrl.optional(),
  /** What the guide takes from this source. */
  usedFor: prose.describe('What the guide takes from this source.'),
});

const sourced = { sources: z.array(slug).min(1).describe('Ids of the guide\'s sources this part rests on.') };

export const StageSchema = z.object({
  id: slug,
  name: prose,
  whatHappens: prose,
  howToPrepare: prose,
  ...sourced,
});

export const QualitySchema = z.object({
  id: slug,
  name: prose,
  /** True for qualities specific to the role rather than company-wide values. */
  roleSpecific: z.boolean().describe('True for a quality of the role, false for a company-wide value.'),
  whyItMatters: prose,
  howToShow: prose,
  ...sourced,
});

export const QuestionCategorySchema = z.enum([
  'introduction',
  'behavioural',
  'technical',
  'sql',
  'ml-theory',
]);

export const QuestionSchema = z.object({
  id: slug,
  text: prose,
  category: QuestionCategorySchema,
  /** True when the question is quoted by a source; false when written for this guide. */
  fromSource: z.boolean().describe('True when a source reports the question as asked; false when written for the guide.'),
  whyAsked: prose,
  howToAnswer: prose,
  ...sourced,
});

export const ChecklistItemSchema = z.object({
  id: slug,
  text: prose,
  /** Optional one-line reason or hint shown under the item. */
  detail: prose.optional(),
  ...sourced,
});

export const FaqSchema = z.object({
  id: slug,
  question: prose,
  answer: prose,
  ...sourced,
});

const MoneyRangeSchema = z
  .object({
    label: prose,
    min: z.number().int().positive(),
    max: z.number().int().positive(),
    /** The source gives the top of the range as "or more" (e.g. £150,000+). */
    openEnded: z.boolean().default(false).describe('The source gives the top of the range as "or more".'),
  })
  .refine((range) => range.min <= range.max, { message: 'min must not exceed max' });

export const CompensationSchema = z.object({
  region: prose,
  currency: z.enum(['GBP', 'USD', 'EUR']),
  typical: MoneyRangeSchema,
  market: z.array(MoneyRangeSchema),
  summary: prose,
  benefits: z.array(prose).min(1),
  ...sourced,
});

export const GuideSchema = z
  .object({
    schemaVersion: z.literal(1),
    id: slug,
    company: z.object({ id: slug, name: prose, sector: prose }),
    role: z.object({ family: slug, name: prose }),
    title: prose,
    summary: prose,
    sources: z.array(SourceSchema).min(1),
    overview: z.object({
      timeline: z.object({ minWeeks: z.number().int().positive(), maxWeeks: z.number().int().positive() }),
      stageCount: z.number().int().positive(),
      questionCount: z.number().int().positive(),
      paragraphs: z.array(prose).min(1),
      ...sourced,
    }),
    stages: z.array(StageSchema).min(1),
    qualities: z.array(QualitySchema).min(1),
    questions: z.array(QuestionSchema).min(1),
    /** The tailoring and preparation checklist. */
    checklist: z.array(ChecklistItemSchema).min(1),
    mistakes: z.array(ChecklistItemSchema).min(1),
    /** The day-to-day of the role and the skills it uses. */
    work: z.object({ dayToDay: z.array(prose).min(1), skills: z.array(prose).min(1), ...sourced }),
    compensation: CompensationSchema.optional(),
    howToApply: z.object({ paragraphs: z.array(prose).min(1), ...sourced }),
    faqs: z.array(FaqSchema),
  })
  .meta({
    title: 'PrepPanel interview guide',
    description:
      'One interview guide for a role at a company. Every item that can be ticked has a stable id (lower-case words joined by hyphens), unique in its list; every `sources` entry names a source the guide declares; stageCount and questionCount equal the lengths of the lists.',
  })
  .superRefine((guide, ctx) => {
    const known = new Set(guide.sources.map((source) => source.id));
    const check = (ids: readonly string[], path: (string | number)[]) => {
      for (const id of ids) {
        if (!known.has(id)) ctx.addIssue({ code: 'custom', path, message: `unknown source "${id}"` });
      }
    };
    check(guide.overview.sources, ['overview', 'sources']);
    check(guide.work.sources, ['work', 'sources']);
    check(guide.howToApply.sources, ['howToApply', 'sources']);
    if (guide.compensation) check(guide.compensation.sources, ['compensation', 'sources']);

    const lists = ['stages', 'qualities', 'questions', 'checklist', 'mistakes', 'faqs'] as const;
    for (const list of lists) {
      const seen = new Set<string>();
      guide[list].forEach((item, index) => {
        if (seen.has(item.id)) {
          ctx.addIssue({ code: 'custom', path: [list, index, 'id'], message: `duplicate id "${item.id}"` });
        }
        seen.add(item.id);
        check(item.sources, [list, index, 'sources']);
      });
    }
    if (guide.overview.timeline.minWeeks > guide.overview.timeline.maxWeeks) {
      ctx.addIssue({ code: 'custom', path: ['overview', 'timeline'], message: 'minWeeks exceeds maxWeeks' });
    }
    if (guide.overview.stageCount !== guide.stages.length) {
      ctx.addIssue({ code: 'custom', path: ['overview', 'stageCount'], message: 'does not match the stages listed' });
    }
    if (guide.overview.questionCount !== guide.questions.length) {
      ctx.addIssue({
        code: 'custom',
        path: ['overview', 'questionCount'],
        message: 'does not match the questions listed',
      });
    }
  });

export type Guide = z.infer<typeof GuideSchema>;
export type GuideInput = z.input<typeof GuideSchema>;
export type Stage = z.infer<typeof StageSchema>;
export type Quality = z.infer<typeof QualitySchema>;
export type Question = z.infer<typeof QuestionSchema>;
export type QuestionCategory = z.infer<typeof QuestionCategorySchema>;
export type ChecklistItem = z.infer<typeof ChecklistItemSchema>;
export type Faq = z.infer<typeof FaqSchema>;
export type Compensation = z.infer<typeof CompensationSchema>;
export type Source = z.infer<typeof SourceSchema>;
