using Analyzer.Core.Evaluation;
using Analyzer.Core.Facts;
using Analyzer.Core.Rules;

namespace Analyzer.Core.Explaining;

/// <summary>
/// The words <c>explain &lt;proposal&gt;</c> draws the chain with, in English and Chinese. The Chinese follows the digest's
/// terms (公众, 授权实体, 托管实体, 私人行为体, AI系统) and full-width punctuation; field names and values stay as written.
/// </summary>
public sealed record ExplainWords
{
    public required string ChainHeading { get; init; }
    public required string Legend { get; init; }
    /// <summary>Appended to the issuer's line, its leading space included where the language wants one.</summary>
    public required string Issuer { get; init; }
    public required string Decision { get; init; }
    public required string ClassNotStated { get; init; }
    public required string Declared { get; init; }
    public required string NotStated { get; init; }
    public required string AlsoMandatedBy { get; init; }
    public required string DrawnUnder { get; init; }
    public required string Untraced { get; init; }
    public required string WithoutMaker { get; init; }
    public required string EntitiesNotStated { get; init; }
    public required string NoEntities { get; init; }
    public required string DecisionsNotStated { get; init; }
    public required string NoDecisions { get; init; }
    public required string LevelNotStated { get; init; }
    public required string AiNotStated { get; init; }
    public required string KeyHeading { get; init; }
    public required string NothingFails { get; init; }
    public required string Necessary { get; init; }
    public required string WholeDesign { get; init; }
    public required string Missing { get; init; }
    public required string Names { get; init; }
    public required string ClassificationHeading { get; init; }
    public required string IssuerTraces { get; init; }
    public required string MermaidUntraced { get; init; }
    public required string MermaidWithoutMaker { get; init; }
    public required string Mandate { get; init; }

    /// <summary>": " or "："; the separator between a name and what is said of it.</summary>
    public required string Colon { get; init; }

    /// <summary>", " or "，": between clauses.</summary>
    public required string Comma { get; init; }

    /// <summary>", " or "、": between the items of a list.</summary>
    public required string ListSeparator { get; init; }

    public required string Open { get; init; }
    public required string Close { get; init; }

    /// <summary>"; " or "；".</summary>
    public required string Semicolon { get; init; }

    /// <summary>" — " or "——": before a reason.</summary>
    public required string Dash { get; init; }

    public required string Stop { get; init; }
    public required string NotStatedMark { get; init; }

    public required IReadOnlyDictionary<EntityClass, string> Classes { get; init; }
    public required IReadOnlyDictionary<string, string> Authorizations { get; init; }
    public required IReadOnlyDictionary<string, string> Levels { get; init; }
    public required IReadOnlyDictionary<string, string> AiRoles { get; init; }
    public required IReadOnlyDictionary<Outcome, string> Outcomes { get; init; }

    public const string NotMetMark = "✗";

    public static ExplainWords For(Language language) => language == Language.Zh ? Chinese : English;

    public string Class(EntityClass? c) => c is { } known ? Classes[known] : ClassNotStated;

    /// <summary>A declared kind in words, or the kind as written when it is not one the format knows.</summary>
    public string Kind(string kind) => EntityClasses.Parse(kind) is { } c ? Classes[c] : kind;

    /// <summary>A value of the format in words (<c>election</c> is 选举), or as written when there is no word for it.</summary>
    public string Authorization(string act) => Authorizations.GetValueOrDefault(act, act);

    public string Level(string level) => Levels.GetValueOrDefault(level, level);

    public string AiRole(string role) => AiRoles.GetValueOrDefault(role, role);

    public string List(IEnumerable<string> items) => string.Join(ListSeparator, items);

    private static readonly ExplainWords English = new()
    {
        ChainHeading = "Authorization chain after Erman & Furendal (2024): public → authorized → mandated → decisions",
        Legend = "Each entity shows its class traced through the stated links. ✗ not met, ? not stated, [issuer] adopts the instrument.",
        Issuer = " [issuer]",
        Decision = "decision",
        ClassNotStated = "class not stated",
        Declared = "declared {0}",
        NotStated = "{0} not stated",
        AlsoMandatedBy = "also mandated by {0}",
        DrawnUnder = "{0}: also mandated here, drawn under {1}",
        Untraced = "Not traced to a public (no stated link reaches one):",
        WithoutMaker = "Decisions with no stated maker:",
        EntitiesNotStated = "No entities are stated (entities): the chain is not stated.",
        NoEntities = "The design names no entity (entities: []).",
        DecisionsNotStated = "No decisions are stated (decisions).",
        NoDecisions = "The design allocates no decision (decisions: []).",
        LevelNotStated = "level not stated",
        AiNotStated = "AI role not stated",
        KeyHeading = "Criteria behind the marks, and the chain's other failures and gaps:",
        NothingFails = "No criterion of the chain fails or lacks information.",
        Necessary = "necessary",
        WholeDesign = "the design as a whole",
        Missing = "missing {0}",
        Names = "names {0}",
        ClassificationHeading = "Classification in each paper:",
        IssuerTraces = "the issuer {0} traces as {1}",
        MermaidUntraced = "not traced to a public",
        MermaidWithoutMaker = "no stated maker",
        Mandate = "mandate",
        Colon = ": ",
        Comma = ", ",
        ListSeparator = ", ",
        Open = " (",
        Close = ")",
        Semicolon = "; ",
        Dash = " — ",
        Stop = ".",
        NotStatedMark = "?",
        Classes = new Dictionary<EntityClass, string>
        {
            [EntityClass.Public] = "public",
            [EntityClass.Authorized] = "authorized",
            [EntityClass.Mandated] = "mandated",
            [EntityClass.Private] = "private",
            [EntityClass.AiSystem] = "AI system",
        },
        Authorizations = new Dictionary<string, string>(StringComparer.Ordinal),
        Levels = new Dictionary<string, string>(StringComparer.Ordinal),
        AiRoles = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["none"] = "no AI",
            ["support"] = "AI supports",
            ["decides"] = "AI decides",
        },
        Outcomes = new Dictionary<Outcome, string>
        {
            [Outcome.Met] = "met",
            [Outcome.NotMet] = "not met",
            [Outcome.NotStated] = "not stated",
            [Outcome.NotApplicable] = "not applicable",
            [Outcome.Error] = "could not be evaluated",
        },
    };

    private static readonly ExplainWords Chinese = new()
    {
        ChainHeading = "Erman & Furendal（2024）意义上的授权链条：公众 → 授权实体 → 托管实体 → 决策",
        Legend = "每个实体均标注其沿所述链接追溯出的类别。✗ 表示未满足，？表示未说明，【发布者】表示通过该文书的实体。",
        Issuer = "【发布者】",
        Decision = "决策",
        ClassNotStated = "类别未说明",
        Declared = "声明为{0}",
        NotStated = "{0} 未说明",
        AlsoMandatedBy = "亦由 {0} 托管",
        DrawnUnder = "{0}：亦由此托管，见 {1} 之下",
        Untraced = "未追溯至公众（没有所述链接通向公众）：",
        WithoutMaker = "未说明决策者的决策：",
        EntitiesNotStated = "未列出任何实体（entities）：授权链条未说明。",
        NoEntities = "该设计未列出任何实体（entities 为 []）。",
        DecisionsNotStated = "未列出任何决策（decisions）。",
        NoDecisions = "该设计不分配任何决策（decisions 为 []）。",
        LevelNotStated = "层级未说明",
        AiNotStated = "AI作用未说明",
        KeyHeading = "标记所涉标准，以及链条的其他未满足项与未说明项：",
        NothingFails = "链条的各项标准均无未满足或未说明之处。",
        Necessary = "必要条件",
        WholeDesign = "针对整个设计",
        Missing = "缺少 {0}",
        Names = "涉及 {0}",
        ClassificationHeading = "各篇论文中的分类：",
        IssuerTraces = "发布者 {0} 追溯为{1}",
        MermaidUntraced = "未追溯至公众",
        MermaidWithoutMaker = "未说明决策者",
        Mandate = "托管",
        Colon = "：",
        Comma = "，",
        ListSeparator = "、",
        Open = "（",
        Close = "）",
        Semicolon = "；",
        Dash = "——",
        Stop = "。",
        NotStatedMark = "？",
        Classes = new Dictionary<EntityClass, string>
        {
            [EntityClass.Public] = "公众",
            [EntityClass.Authorized] = "授权实体",
            [EntityClass.Mandated] = "托管实体",
            [EntityClass.Private] = "私人行为体",
            [EntityClass.AiSystem] = "AI系统",
        },
        Authorizations = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["election"] = "选举",
            ["ratification"] = "批准",
            ["statute"] = "法规",
            ["appointment"] = "任命",
            ["membership"] = "成员资格",
            ["none"] = "无",
        },
        Levels = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["goal-setting"] = "目标设定",
            ["lawmaking"] = "立法",
            ["policy"] = "政策",
            ["implementation"] = "执行",
        },
        AiRoles = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["none"] = "不使用AI",
            ["support"] = "AI辅助",
            ["decides"] = "AI自行决定",
        },
        Outcomes = new Dictionary<Outcome, string>
        {
            [Outcome.Met] = "满足",
            [Outcome.NotMet] = "未满足",
            [Outcome.NotStated] = "未说明",
            [Outcome.NotApplicable] = "不适用",
            [Outcome.Error] = "无法评估",
        },
    };
}
