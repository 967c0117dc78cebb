/**
 * The labels a plan puts before the units that carry out a task (牵头单位：, 责任部门：, 配合单位：, 指导单位：),
 * read by the extraction stage (the units and their roles, extract/role-rules.ts) and by the structure
 * stage (a paragraph that is only such a note belongs to the sentence before it, structure/heading.ts).
 */

/** The role words such a label is made of, before 单位, 部门 or a section's 股室. */
const ROLE_WORDS = ['牵头', '责任', '负责', '主责', '主办', '实施', '承办', '配合', '协同', '协助', '参与', '协办', '指导', '督导', '监督'];

/**
 * A unit label without its colon: 牵头单位, 主要责任部门, 具体实施单位, and a bureau's or a hospital's own sections, 责任股室, 配合科室
 * (a medical group's 部室 too, 牵头部室)
 * (a pattern's source, to be built into others).
 */
export const UNIT_LABEL = `(?:主要|其他|具体)?(?:${ROLE_WORDS.join('|')})(?:单位|部门|股室|科室|处室|部室)`;
