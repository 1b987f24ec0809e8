import { z } from 'zod';

/**
 * The skills a data or tech listing names, and the words listings use for them. The panel
 * shows which of them a listing's requirements name; this runs in the extension's pages,
 * never in the content scripts.
 */
const SkillSchema = z.object({
  /** Stable, for storage and tests: `scikit-learn`, `ab-testing`. */
  id: z.string().regex(/^[a-z0-9+#-]+$/),
  /** As the panel shows it. */
  name: z.string().min(1),
  category: z.enum(['language', 'library', 'platform', 'method']),
  /** Other words for it. The name always matches too. */
  aliases: z.array(z.string().min(1)).default([]),
  /**
   * Match the name and aliases exactly as written, for words that are also everyday words
   * in another case ("Go", "Excel", "Spark", "dbt"); otherwise case is ignored.
   */
  caseSensitive: z.boolean().default(false),
  /** A pattern (regex source) that must not follow a match: "R" is not "R&D". */
  notFollowedBy: z.string().optional(),
});

export type Skill = z.infer<typeof SkillSchema>;

const VocabularySchema = z
  .array(SkillSchema)
  .refine((skills) => new Set(skills.map((skill) => skill.id)).size === skills.length, 'Skill ids are unique.');

/** In display order: languages, libraries, platforms and tools, then methods. */
const VOCABULARY = VocabularySchema.parse([
  // Languages
  { id: 'python', name: 'Python', category: 'language' },
  // A single letter: only as a word of its own ("R,", "R or Python", "in R"), never "R&D" or "R-squared".
  { id: 'r', name: 'R', category: 'language', caseSensitive: true, aliases: ['RStudio'], notFollowedBy: '\\s*&|-squared' },
  { id: 'sql', name: 'SQL', category: 'language' },
  { id: 'scala', name: 'Scala', category: 'language' },
  { id: 'java', name: 'Java', category: 'language' },
  { id: 'c++', name: 'C++', category: 'language' },
  // "Go" is also a verb: only capitalised, and not "Go-to-market".
  { id: 'go', name: 'Go', category: 'language', caseSensitive: true, aliases: ['Golang', 'golang'], notFollowedBy: '-' },
  { id: 'rust', name: 'Rust', category: 'language', caseSensitive: true },
  { id: 'javascript', name: 'JavaScript', category: 'language', aliases: ['Node.js'] },
  { id: 'typescript', name: 'TypeScript', category: 'language' },
  { id: 'julia', name: 'Julia', category: 'language', caseSensitive: true },
  { id: 'matlab', name: 'MATLAB', category: 'language' },
  { id: 'sas', name: 'SAS', category: 'language', caseSensitive: true },
  { id: 'stata', name: 'Stata', category: 'language', caseSensitive: true },
  { id: 'spss', name: 'SPSS', category: 'language' },
  { id: 'bash', name: 'Bash', category: 'language', aliases: ['shell scripting'] },

  // Libraries and frameworks
  { id: 'pandas', name: 'pandas', category: 'library' },
  { id: 'numpy', name: 'NumPy', category: 'library' },
  { id: 'scipy', name: 'SciPy', category: 'library' },
  { id: 'scikit-learn', name: 'scikit-learn', category: 'library', aliases: ['sklearn', 'scikit'] },
  { id: 'statsmodels', name: 'statsmodels', category: 'library' },
  { id: 'tensorflow', name: 'TensorFlow', category: 'library' },
  { id: 'pytorch', name: 'PyTorch', category: 'library' },
  { id: 'keras', name: 'Keras', category: 'library' },
  { id: 'xgboost', name: 'XGBoost', category: 'library' },
  { id: 'lightgbm', name: 'LightGBM', category: 'library' },
  { id: 'hugging-face', name: 'Hugging Face', category: 'library', aliases: ['HuggingFace', 'Transformers library'] },
  // "spark" is also an everyday verb.
  {
    id: 'spark',
    name: 'Spark',
    category: 'library',
    caseSensitive: true,
    aliases: ['PySpark', 'pyspark', 'Apache Spark', 'Spark SQL', 'SparkSQL'],
  },
  { id: 'hadoop', name: 'Hadoop', category: 'library', aliases: ['HDFS', 'MapReduce'] },
  { id: 'hive', name: 'Hive', category: 'library', caseSensitive: true, aliases: ['Apache Hive', 'HiveQL'] },
  { id: 'presto', name: 'Presto', category: 'library', aliases: ['Trino'] },
  { id: 'flink', name: 'Flink', category: 'library', aliases: ['Apache Flink'] },
  { id: 'kafka', name: 'Kafka', category: 'library', aliases: ['Apache Kafka'] },
  // "airflow" is also a word in building and hardware listings.
  { id: 'airflow', name: 'Airflow', category: 'library', caseSensitive: true, aliases: ['Apache Airflow'] },
  // "DBT" is also a therapy.
  { id: 'dbt', name: 'dbt', category: 'library', caseSensitive: true, aliases: ['dbt Core', 'dbt Cloud', 'data build tool'] },
  { id: 'mlflow', name: 'MLflow', category: 'library' },

  // Platforms and tools
  { id: 'aws', name: 'AWS', category: 'platform', aliases: ['Amazon Web Services'] },
  { id: 'sagemaker', name: 'SageMaker', category: 'platform', aliases: ['Amazon SageMaker'] },
  { id: 'gcp', name: 'GCP', category: 'platform', aliases: ['Google Cloud', 'Google Cloud Platform'] },
  { id: 'azure', name: 'Azure', category: 'platform', aliases: ['Microsoft Azure'] },
  { id: 'snowflake', name: 'Snowflake', category: 'platform', caseSensitive: true },
  { id: 'redshift', name: 'Redshift', category: 'platform', aliases: ['Amazon Redshift'] },
  { id: 'bigquery', name: 'BigQuery', category: 'platform', aliases: ['Big Query'] },
  { id: 'databricks', name: 'Databricks', category: 'platform' },
  { id: 'postgresql', name: 'PostgreSQL', category: 'platform', aliases: ['Postgres'] },
  { id: 'mysql', name: 'MySQL', category: 'platform' },
  { id: 'mongodb', name: 'MongoDB', category: 'platform', aliases: ['Mongo'] },
  { id: 'nosql', name: 'NoSQL', category: 'platform' },
  { id: 'docker', name: 'Docker', category: 'platform' },
  { id: 'kubernetes', name: 'Kubernetes', category: 'platform', aliases: ['k8s'] },
  { id: 'terraform', name: 'Terraform', category: 'platform' },
  { id: 'linux', name: 'Linux', category: 'platform' },
  { id: 'git', name: 'Git', category: 'platform', aliases: ['GitHub', 'GitLab'] },
  { id: 'tableau', name: 'Tableau', category: 'platform' },
  { id: 'power-bi', name: 'Power BI', category: 'platform', aliases: ['PowerBI'] },
  { id: 'looker', name: 'Looker', category: 'platform', aliases: ['LookML'] },
  // "excel at" is a verb.
  { id: 'excel', name: 'Excel', category: 'platform', caseSensitive: true, aliases: ['MS Excel', 'Microsoft Excel'] },
  { id: 'jupyter', name: 'Jupyter', category: 'platform', aliases: ['Jupyter notebooks'] },

  // Methods
  {
    id: 'ab-testing',
    name: 'A/B testing',
    category: 'method',
    aliases: ['A/B test', 'A/B tests', 'A/B experiments', 'AB testing', 'AB tests', 'split testing', 'split tests'],
  },
  {
    id: 'experimentation',
    name: 'experimentation',
    category: 'method',
    aliases: ['experiments', 'experiment design', 'experimental design', 'design of experiments'],
  },
  { id: 'statistics', name: 'statistics', category: 'method', aliases: ['statistical', 'stats'] },
  { id: 'causal-inference', name: 'causal inference', category: 'method', aliases: ['causal modelling', 'causal modeling', 'causal analysis'] },
  { id: 'bayesian', name: 'Bayesian methods', category: 'method', aliases: ['Bayesian', 'Bayesian statistics', 'Bayesian inference'] },
  {
    id: 'regression',
    name: 'regression',
    category: 'method',
    aliases: ['regressions', 'linear regression', 'logistic regression', 'regression models'],
  },
  { id: 'machine-learning', name: 'machine learning', category: 'method', aliases: ['ML'] },
  { id: 'deep-learning', name: 'deep learning', category: 'method', aliases: ['neural networks', 'neural network'] },
  { id: 'nlp', name: 'NLP', category: 'method', aliases: ['natural language processing'] },
  { id: 'computer-vision', name: 'computer vision', category: 'method' },
  { id: 'llms', name: 'LLMs', category: 'method', aliases: ['LLM', 'large language models', 'large language model', 'generative AI', 'GenAI'] },
  { id: 'time-series', name: 'time series', category: 'method', aliases: ['time series analysis'] },
  { id: 'forecasting', name: 'forecasting', category: 'method', aliases: ['forecast', 'forecasts'] },
  {
    id: 'recommender-systems',
    name: 'recommender systems',
    category: 'method',
    aliases: ['recommender system', 'recommendation systems', 'recommendation system', 'recommendation models', 'recommender'],
  },
  { id: 'etl', name: 'ETL', category: 'method', aliases: ['ELT', 'data pipelines', 'data pipeline'] },
  { id: 'data-modelling', name: 'data modelling', category: 'method', aliases: ['data modeling', 'dimensional modelling', 'dimensional modeling'] },
  { id: 'data-warehousing', name: 'data warehousing', category: 'method', aliases: ['data warehouse', 'data warehouses'] },
  {
    id: 'data-visualisation',
    name: 'data visualisation',
    category: 'method',
    aliases: ['data visualization', 'visualisation', 'visualization', 'dashboards', 'dashboarding'],
  },
  { id: 'mlops', name: 'MLOps', category: 'method', aliases: ['model deployment', 'model monitoring'] },
]);

/** Letters and digits on either side of a term mean it is part of another word ("Scala" in "scalable"). */
const NOT_AFTER_WORD = '(?<![\\p{L}\\p{N}_])';
const NOT_BEFORE_WORD = '(?![\\p{L}\\p{N}_])';

function escapeTerm(term: string): string {
  // Spaces and hyphens are interchangeable: "scikit learn", "time-series".
  return term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/[\s-]+/g, '[\\s-]+');
}

/** One pattern per skill: its name or any alias, as a whole word. */
const PATTERNS: readonly (readonly [Skill, RegExp])[] = VOCABULARY.map((skill) => {
  const terms = [skill.name, ...skill.aliases].map(escapeTerm).join('|');
  const notFollowed = skill.notFollowedBy ? `(?!${skill.notFollowedBy})` : '';
  return [skill, new RegExp(`${NOT_AFTER_WORD}(?:${terms})${NOT_BEFORE_WORD}${notFollowed}`, skill.caseSensitive ? 'u' : 'iu')];
});

/** Every skill in the vocabulary, in display order. */
export const SKILLS: readonly Skill[] = VOCABULARY;

/**
 * The skills that the texts (a listing's requirement statements) name, each once, in
 * vocabulary order (languages, libraries, platforms, methods), not in the order the texts
 * name them: the panel shows them grouped.
 */
export function skillsIn(texts: readonly string[]): Skill[] {
  const text = texts.join('\n');
  return PATTERNS.filter(([, pattern]) => pattern.test(text)).map(([skill]) => skill);
}
