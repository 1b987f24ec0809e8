import type { Question, Quality } from '../guides/schema';
import type { Story } from '../storage/schema';

/** Quality names compared loosely: "Customer obsession" and "Customer Obsession" are one tag. */
export function sameQuality(a: string, b: string): boolean {
  return a.trim().toLowerCase() === b.trim().toLowerCase();
}

export function questionRef(guideId: string, questionId: string): string {
  return `${guideId}/${questionId}`;
}

export interface QualityCoverage {
  quality: Quality;
  stories: Story[];
}

export interface QuestionCoverage {
  question: Question;
  stories: Story[];
}

/** For each quality a guide looks for, the stories tagged with it (none: a gap to fill). */
export function qualityCoverage(qualities: readonly Quality[], stories: readonly Story[]): QualityCoverage[] {
  return qualities.map((quality) => ({
    quality,
    stories: stories.filter((story) => story.qualities.some((tag) => sameQuality(tag, quality.name))),
  }));
}

/** For each of a guide's questions, the stories the user said answer it. */
export function questionCoverage(guideId: string, questions: readonly Question[], stories: readonly Story[]): QuestionCoverage[] {
  return questions.map((question) => {
    const ref = questionRef(guideId, question.id);
    return { question, stories: stories.filter((story) => story.questions.includes(ref)) };
  });
}
