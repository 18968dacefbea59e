using Analyzer.Core.Rules;

namespace Analyzer.Core.Teaching;

/// <summary>
/// The words of the criteria catalogue (<c>analyzer criteria</c>) in English and Chinese: the table's headers, the
/// handout's headings and labels, and the names of dimensions and necessities. The CSV keeps English column names
/// and kebab-case values, since scripts read those.
/// </summary>
public sealed record CatalogueText
{
    public required string Id { get; init; }
    public required string Title { get; init; }
    public required string Dimension { get; init; }
    public required string Necessity { get; init; }
    public required string Weight { get; init; }
    public required string Legitimacy { get; init; }
    public required string Feasibility { get; init; }
    public required string Classification { get; init; }
    public required string Necessary { get; init; }
    public required string Contributory { get; init; }
    public required string NotScored { get; init; }
    public required string WeightOf { get; init; }
    public required string PaperCount { get; init; }
    public required string Total { get; init; }
    public required string NoMatch { get; init; }
    public required string HandoutTitle { get; init; }
    public required string HandoutIntro { get; init; }
    public required string WhyWeight { get; init; }
    public required string Source { get; init; }
    public required string MetIn { get; init; }
    public required string NotMetIn { get; init; }
    public required string ClassifiedIn { get; init; }
    public required string NoExample { get; init; }
    public required string Pair { get; init; }
    public required string PairSentence { get; init; }
    public required string Separator { get; init; }
    public required string ListSeparator { get; init; }
    public required string IdSeparator { get; init; }
    public required string Open { get; init; }
    public required string Close { get; init; }

    public static CatalogueText For(Language language) => language == Language.Zh ? Chinese : English;

    public string Of(Rules.Dimension dimension) => dimension switch
    {
        Rules.Dimension.Legitimacy => Legitimacy,
        Rules.Dimension.Feasibility => Feasibility,
        _ => Classification,
    };

    public string Of(Rules.Necessity necessity) => necessity == Rules.Necessity.Necessary ? Necessary : Contributory;

    private static readonly CatalogueText English = new()
    {
        Id = "id",
        Title = "title",
        Dimension = "dimension",
        Necessity = "necessity",
        Weight = "weight",
        Legitimacy = "legitimacy",
        Feasibility = "feasibility",
        Classification = "classification",
        Necessary = "necessary",
        Contributory = "contributory",
        NotScored = "not scored",
        WeightOf = "weight {0}",
        PaperCount = "{0}, {1}: {2} criteria",
        Total = "{0} criteria. 'analyzer explain <id>' explains one in depth, with its teaching pair; '--format markdown' prints the study guide.",
        NoMatch = "No criterion matches these filters.",
        HandoutTitle = "The criteria of the four papers: a study guide",
        HandoutIntro = "Rule pack {0}, {1} criteria. For each criterion: what it asks and why, where the paper makes the point, "
            + "how much it weighs and why, and the example proposals whose fixtures expect it met or not met. "
            + "`analyzer explain <id>` shows one criterion in depth, with its teaching pair side by side.",
        WhyWeight = "Why this weight",
        Source = "Source",
        MetIn = "Met in",
        NotMetIn = "Not met in",
        ClassifiedIn = "Classified in",
        NoExample = "none in the fixtures",
        Pair = "Teaching pair",
        PairSentence = "{0} meets it, {1} fails it",
        Separator = ": ",
        ListSeparator = "; ",
        IdSeparator = ", ",
        Open = " (",
        Close = ")",
    };

    private static readonly CatalogueText Chinese = new()
    {
        Id = "编号",
        Title = "标题",
        Dimension = "维度",
        Necessity = "必要性",
        Weight = "权重",
        Legitimacy = "合法性",
        Feasibility = "可行性",
        Classification = "分类",
        Necessary = "必要标准",
        Contributory = "一般标准",
        NotScored = "不计分",
        WeightOf = "权重 {0}",
        PaperCount = "{0}，{1}：{2} 项标准",
        Total = "共 {0} 项标准。运行 analyzer explain <编号> 可深入查看其中一项及其教学对照案例；加 --format markdown 可输出学习指南。",
        NoMatch = "没有符合筛选条件的标准。",
        HandoutTitle = "四篇论文的评估标准：学习指南",
        HandoutIntro = "规则包 {0}，共 {1} 项标准。每项标准列出：其要求与理由、论文中的出处、权重及其理由，"
            + "以及测试用例预期满足或未满足该标准的示例提案。运行 `analyzer explain <编号>` 可深入查看某一项标准，并对照阅读其教学对照案例。",
        WhyWeight = "权重理由",
        Source = "出处",
        MetIn = "满足的示例",
        NotMetIn = "未满足的示例",
        ClassifiedIn = "分类示例",
        NoExample = "测试用例中没有",
        Pair = "教学对照案例",
        PairSentence = "{0} 满足该标准，{1} 未满足",
        Separator = "：",
        ListSeparator = "；",
        IdSeparator = "、",
        Open = "（",
        Close = "）",
    };
}
