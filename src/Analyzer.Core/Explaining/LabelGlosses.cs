using Analyzer.Core.Rules;

namespace Analyzer.Core.Explaining;

/// <summary>
/// What each class a paper assigns means, in a line: the reason a classification line gives. Keyed by paper, since two
/// papers may use one word ("hybrid") for different things. A label without a gloss is shown with its criterion's title.
/// </summary>
public static class LabelGlosses
{
    private static readonly Dictionary<(string Paper, string Value), LocalizedText> Glosses = new()
    {
        [("erman-furendal-2024", "mode-1")] = T("an authorized entity adopts general law that also covers AI", "授权实体制定同样适用于AI的普通法"),
        [("erman-furendal-2024", "mode-2")] = T("an authorized entity adopts AI-specific law", "授权实体制定AI特殊法"),
        [("erman-furendal-2024", "mode-3")] = T("a mandated entity adopts general policy that also covers AI", "托管实体制定同样适用于AI的一般政策"),
        [("erman-furendal-2024", "mode-4")] = T("a mandated entity adopts AI-specific policy", "托管实体制定AI特殊政策"),
        [("erman-furendal-2024", "mode-5")] = T("a mandated entity uses AI as a tool to govern another domain", "托管实体利用AI作为工具治理其他领域"),
        [("erman-furendal-2024", "illegitimate-outsourced-to-ai")] = T(
            "an AI system takes a decision, or decides at goal-setting, lawmaking or policy level (democratic decision-making outsourced to AI)",
            "AI系统自行作出决策，或在目标设定、立法或政策层面作出决定（民主决策被外包给AI）"),
        [("erman-furendal-2024", "illegitimate-authorized-by-ai")] = T(
            "an authorized entity itself governs by AI instead of delegating to a mandated entity",
            "授权实体自身通过AI进行治理，而没有将权力下放给托管实体"),
        [("erman-furendal-2024", "illegitimate-private-soft-law")] = T(
            "a private issuer's non-binding rules addressed to others", "私人行为体为他人制定不具约束力的软性法律"),
        [("erman-furendal-2024", "outside-framework")] = T(
            "outside the five modes, to be assessed further and not presumed illegitimate", "不属于五种模式，需进一步评估，不推定为不合法"),
        [("erman-furendal-2024", "advisory")] = T("a mandated entity that makes no policy (it researches or advises)", "不制定政策的托管实体（只做研究或提供咨询）"),
        [("erman-furendal-2024", "private-issuer")] = T("a private issuer's rules for itself, or binding ones", "私人行为体针对自身的规则或具约束力的规则"),
        [("erman-furendal-2024", "public-issuer")] = T("the public itself issues it", "由公众自身发布"),
        [("erman-furendal-2024", "ai-outside-mandate")] = T("AI is used, but not as a tool of a mandated entity", "AI并非作为托管实体的工具使用"),
        [("erman-furendal-2024", "neither-governs-nor-uses-ai")] = T("the design neither governs AI nor uses it", "该设计既不治理AI，也不使用AI"),

        [("ho-et-al-2023", "commission")] = T(
            "Commission on Frontier AI: builds expert consensus on opportunities and risks", "前沿人工智能委员会：让专家就机遇和风险形成共识"),
        [("ho-et-al-2023", "governance-organization")] = T(
            "Advanced AI Governance Organization: sets standards, supports and monitors compliance", "先进人工智能治理组织：制定标准，支持并监督遵守"),
        [("ho-et-al-2023", "collaborative")] = T(
            "Frontier AI Collaborative: develops and shares beneficial AI", "前沿人工智能协作：开发并分享有益的人工智能"),
        [("ho-et-al-2023", "safety-project")] = T("AI Safety Project: pools safety research", "人工智能安全项目：汇集安全研究"),
        [("ho-et-al-2023", "hybrid")] = T("combines several of the four models", "组合四种模式中的多种"),
        [("ho-et-al-2023", "none")] = T("follows none of the four models (a national law, for instance)", "不属于四种模式中的任何一种（例如一部国家法律）"),

        [("veale-matus-gorwa-2023", "ethics-principles")] = T("ethics principles and councils", "伦理原则与理事会"),
        [("veale-matus-gorwa-2023", "industry-self-governance")] = T("industry governance", "行业治理"),
        [("veale-matus-gorwa-2023", "contract-licence")] = T("contracts and licences", "合同和执照"),
        [("veale-matus-gorwa-2023", "standard")] = T("standards", "标准"),
        [("veale-matus-gorwa-2023", "international-agreement")] = T("international agreements", "国际协议"),
        [("veale-matus-gorwa-2023", "extraterritorial-law")] = T("domestic law with extraterritorial effect", "具有域外效力的国内立法"),

        [("roberts-et-al-2024", "new-institution")] = T("build a new centralized institution", "新建集中式机构"),
        [("roberts-et-al-2024", "strengthen-existing")] = T("strengthen the existing regime complex", "强化现有机制复合体"),
        [("roberts-et-al-2024", "hybrid")] = T(
            "a new body built on existing institutions it names", "以其列明的现有机构为依托的新机构"),
    };

    /// <summary>The meaning of one class of a paper's label, or null when the pack's label is not one glossed here.</summary>
    public static string? For(string paper, string value, Language language) =>
        Glosses.TryGetValue((paper, value), out var gloss) ? gloss.In(language) : null;

    /// <summary>Every gloss, for the check of the Chinese texts.</summary>
    internal static IEnumerable<LocalizedText> All => Glosses.Values;

    private static LocalizedText T(string en, string zh) => new() { En = en, Zh = zh };
}
