using Analyzer.Core.Rules;

namespace Analyzer.Core.Teaching;

/// <summary>
/// The words of <c>analyzer explain &lt;criterion-id&gt;</c> in English and Chinese. Templates take their values by
/// position (<c>{0}</c>) and are filled in the invariant culture.
/// </summary>
public sealed record ExplainText
{
    public required string Scored { get; init; }
    public required string Unscored { get; init; }
    public required string Asks { get; init; }
    public required string Source { get; init; }
    public required string Applies { get; init; }
    public required string AppliesAlways { get; init; }
    public required string AppliesWhen { get; init; }
    public required string Needs { get; init; }
    public required string NeedsNothing { get; init; }
    public required string OnlyWhen { get; init; }
    public required string Question { get; init; }
    public required string Computed { get; init; }
    public required string ComputedScored { get; init; }
    public required string ComputedClassification { get; init; }
    public required string Column { get; init; }
    public required string Detail { get; init; }
    public required string FactsRead { get; init; }
    public required string FieldsRead { get; init; }
    public required string Weight { get; init; }
    public required string WeightScored { get; init; }
    public required string Necessary { get; init; }
    public required string Contributory { get; init; }
    public required string WeightReason { get; init; }
    public required string NotScored { get; init; }
    public required string Examples { get; init; }
    public required string Pair { get; init; }
    public required string NoPair { get; init; }
    public required string NoPairClassification { get; init; }
    public required string PairIntro { get; init; }
    public required string MeetsSide { get; init; }
    public required string FailsSide { get; init; }
    public required string Field { get; init; }
    public required string Differs { get; init; }
    public required string DiffersMany { get; init; }
    public required string DiffersNone { get; init; }
    public required string NotStated { get; init; }
    public required string Unexpected { get; init; }
    public required string PairUnreadable { get; init; }
    public required string Separator { get; init; }

    public static ExplainText For(Language language) => language == Language.Zh ? Chinese : English;

    private static readonly ExplainText English = new()
    {
        Scored = "{0} · {1} · {2} · weight {3}",
        Unscored = "{0} · classification, not scored",
        Asks = "What it asks, and why",
        Source = "Source",
        Applies = "When it applies",
        AppliesAlways = "It applies to every proposal.",
        AppliesWhen = "It is judged only when this expression holds; for any other proposal it is not applicable:",
        Needs = "What it needs",
        NeedsNothing = "Nothing: it can always be decided.",
        OnlyWhen = "needed only when {0}",
        Question = "When something it needs is not stated, the outcome is not-stated, and the drafters are asked: {0}",
        Computed = "How it is computed",
        ComputedScored = "Met when this expression, over the proposal's fields (proposal) and the facts derived from them (facts), "
            + "is true; not met when it is false:",
        ComputedClassification = "A classification: once it applies and what it needs is stated, it labels the proposal "
            + "with the value of this expression:",
        Column = "The label fills the summary column {0}.",
        Detail = "A finding that it is not met names where it fails:",
        FactsRead = "The facts it reads:",
        FieldsRead = "The other proposal fields it reads: {0}",
        Weight = "Weight",
        WeightScored = "{0} of at most {1} in the {2} score.",
        Necessary = "Necessary: if it is not met, the dimension fails whatever the score.",
        Contributory = "Contributory: not meeting it lowers the score, but does not by itself fail the dimension.",
        WeightReason = "Why this weight: {0}",
        NotScored = "Not scored: a classification labels the proposal and carries no weight.",
        Examples = "Examples in the fixtures",
        Pair = "Teaching pair",
        NoPair = "No teaching pair is indexed for {0}.",
        NoPairClassification = "No teaching pair is indexed for {0}; a classification is not scored, so it needs none.",
        PairIntro = "Two example proposals that differ in one stated fact: the first meets {0}, the second fails it.",
        MeetsSide = "meets",
        FailsSide = "fails",
        Field = "field",
        Differs = "The one stated fact that differs:",
        DiffersMany = "The stated facts that differ ({0}):",
        DiffersNone = "The two proposals state the same facts.",
        NotStated = "(not stated)",
        Unexpected = "Note: the pack says {0} should be {1}, but it is {2}.",
        PairUnreadable = "The teaching pair {0} / {1} could not be read (see the errors reported).",
        Separator = ": ",
    };

    private static readonly ExplainText Chinese = new()
    {
        Scored = "{0} · {1} · {2} · 权重 {3}",
        Unscored = "{0} · 分类，不计分",
        Asks = "要求与理由",
        Source = "出处",
        Applies = "适用条件",
        AppliesAlways = "适用于所有提案。",
        AppliesWhen = "仅当下列表达式成立时才评估该标准；对其他提案，该标准不适用：",
        Needs = "所需信息",
        NeedsNothing = "无：总能作出判定。",
        OnlyWhen = "仅当 {0} 时需要",
        Question = "所需信息未说明时，结果为“未说明”，并向起草者提问：{0}",
        Computed = "判定方法",
        ComputedScored = "以提案字段（proposal）及由其推导出的事实（facts）计算下列表达式：为真则满足，为假则未满足：",
        ComputedClassification = "这是一项分类：适用且所需信息已说明时，以下列表达式的值为提案标注类别：",
        Column = "该类别填入汇总表的 {0} 列。",
        Detail = "未满足时，评估结论注明未满足之处：",
        FactsRead = "所读取的事实：",
        FieldsRead = "另外读取的提案字段：{0}",
        Weight = "权重",
        WeightScored = "在{2}得分中权重为 {0}（最高为 {1}）。",
        Necessary = "必要标准：一旦未满足，该维度即判为不合格，与得分高低无关。",
        Contributory = "一般标准：未满足会降低得分，但本身不会使该维度判为不合格。",
        WeightReason = "权重理由：{0}",
        NotScored = "不计分：分类只为提案标注类别，不占权重。",
        Examples = "测试用例中的示例",
        Pair = "教学对照案例",
        NoPair = "{0} 尚未索引教学对照案例。",
        NoPairClassification = "{0} 未索引教学对照案例；分类不计分，因此无需对照案例。",
        PairIntro = "两份示例提案只在一项陈述的事实上不同：前者满足 {0}，后者未满足。",
        MeetsSide = "满足的一方",
        FailsSide = "未满足的一方",
        Field = "字段",
        Differs = "唯一不同的陈述事实：",
        DiffersMany = "不同的陈述事实（{0} 项）：",
        DiffersNone = "两份提案陈述的事实相同。",
        NotStated = "（未说明）",
        Unexpected = "注意：规则包指定 {0} 应为“{1}”，实际结果为“{2}”。",
        PairUnreadable = "无法读取教学对照案例 {0} / {1}（见所报告的错误）。",
        Separator = "：",
    };
}
