import { EntitySchema } from '@mikro-orm/core';
import { foreignKey } from './common.ts';

/**
 * Every word of a project's run search documents, so that a search can spell each of its words
 * out as the words it starts (`run_search_words_query`, Migration20261130050000). Database
 * triggers add a run's words when it is written; none is removed. The column is `collate "C"`
 * in the database, so that the words starting with a prefix sort together; MikroORM has no
 * collation option, and its schema diff does not compare collations. Written only by those
 * triggers; read by that function.
 */
export interface RunSearchWord {
  projectId: string;
  word: string;
}

export const RunSearchWordSchema = new EntitySchema<RunSearchWord>({
  name: 'RunSearchWord',
  tableName: 'run_search_word',
  properties: {
    projectId: { ...foreignKey('Project', 'project_id', { index: false }), primary: true },
    word: { type: 'text', primary: true },
  },
});
