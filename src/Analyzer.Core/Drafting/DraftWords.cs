using Analyzer.Core.Rules;

namespace Analyzer.Core.Drafting;

/// <summary>The questionnaire's own words in English and Chinese: choices, hints, checks as it goes, and the file's comments.</summary>
public static class DraftWords
{
    public static readonly LocalizedText Banner = T(
        "analyzer new: a guided draft of a governance proposal (format governance-proposal/v1)",
        "analyzer new：引导式起草治理提案（格式 governance-proposal/v1）");

    public static readonly LocalizedText Welcome = T(
        "Each question names the paper behind it. Every question except the id and the title can be answered 'don't know': the field is then left out, and the assessment turns it into a question for the drafters. 'None' is a statement, and it is judged.",
        "每个问题都注明其依据的论文。除 id 和标题外，每个问题都可以回答“不知道”：该字段随即略去，评估时会转为向起草者提出的问题。“没有”则是一项陈述，会被评判。");

    public static readonly LocalizedText DontKnow = T("don't know", "不知道");
    public static readonly LocalizedText Yes = T("yes", "是");
    public static readonly LocalizedText No = T("no", "否");
    public static readonly LocalizedText NoneOfThem = T("none (an empty list)", "没有（空列表）");
    public static readonly LocalizedText Other = T("other (typed next)", "其他（接下来输入）");
    public static readonly LocalizedText OtherEntries = T("Other entries", "其他条目");
    public static readonly LocalizedText AddEntity = T("add an entity", "添加实体");
    public static readonly LocalizedText AddAnotherEntity = T("add another entity", "再添加一个实体");
    public static readonly LocalizedText AddDecision = T("add a decision", "添加决策");
    public static readonly LocalizedText AddAnotherDecision = T("add another decision", "再添加一项决策");
    public static readonly LocalizedText Done = T("done", "完成");
    public static readonly LocalizedText NoEntities = T("none (the design names no entity)", "没有（该设计未列出任何实体）");
    public static readonly LocalizedText NoDecisions = T("none (the design allocates no decision)", "没有（该设计不分配任何决策）");

    public static readonly LocalizedText TextHint = T("Enter alone: don't know", "直接回车：不知道");
    public static readonly LocalizedText ListHint = T(
        "separate entries with ';'; Enter alone: don't know; '-': none",
        "多项之间用分号（；）分隔；直接回车：不知道；输入 - 表示没有");
    public static readonly LocalizedText OtherHint = T("separate entries with ';'", "多项之间用分号（；）分隔");
    public static readonly LocalizedText ChallengeHint = T(
        "a sentence on how the design meets it; 'none': it does not; Enter alone: don't know",
        "用一句话说明设计如何应对；输入 none 表示未应对；直接回车：不知道");
    public static readonly LocalizedText ChoiceInstructions = T(
        "(Space ticks, Enter accepts; nothing ticked: don't know)", "（空格键勾选，回车键确认；不勾选：不知道）");

    public static readonly LocalizedText NothingToChoose = T(
        "No entity has been entered before this one to choose from, so this is left out.",
        "此前没有输入可供选择的实体，此项略去。");
    public static readonly LocalizedText EntityHeading = T("Entity", "实体");
    public static readonly LocalizedText DecisionHeading = T("Decision", "决策");

    public static readonly LocalizedText Required = T("This one is required.", "此项必填。");
    public static readonly LocalizedText BadId = T(
        "Use lower-case letters, digits and hyphens, starting with a letter or a digit.",
        "请使用小写字母、数字和连字符，并以字母或数字开头。");
    public static readonly LocalizedText IdTaken = T("That id is already used here; choose another.", "该 id 已被使用，请另选一个。");
    public static readonly LocalizedText NotAYear = T("Give the year as a whole number, e.g. 2024.", "请以整数填写年份，例如 2024。");
    public static readonly LocalizedText NotPositive = T("Give a number above 0, e.g. 4.", "请填写大于0的数字，例如 4。");
    public static readonly LocalizedText DontKnowWithOthers = T(
        "'don't know' cannot be ticked with other answers; tick one or the other.",
        "“不知道”不能与其他选项同时勾选，请只选其一。");
    public static readonly LocalizedText NoneWithOthers = T(
        "'none' cannot be ticked with other answers; tick one or the other.",
        "“没有”不能与其他选项同时勾选，请只选其一。");

    public static readonly LocalizedText Valid = T(
        "The draft reads back as a valid proposal. Next: analyzer assess",
        "草稿已通过格式校验。下一步：analyzer assess");

    /// <summary>The file's first comment lines: who wrote it, and what a field left out means.</summary>
    public static readonly LocalizedText[] Header =
    [
        T("Written by 'analyzer new'. A field left out is not stated: the assessment turns it into a question for the drafters.",
          "由 analyzer new 生成。略去的字段即未说明：评估时会将其转为向起草者提出的问题。"),
        T("Every field and its values: proposals/FORMAT.md", "各字段及其取值见 proposals/FORMAT.md"),
    ];

    private static LocalizedText T(string en, string zh) => new() { En = en, Zh = zh };
}
