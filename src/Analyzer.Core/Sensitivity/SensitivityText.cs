using Analyzer.Core.Rules;

namespace Analyzer.Core.Sensitivity;

/// <summary>The words of the sensitivity summary on the console, in English and Chinese; the CSV files stay in English for scripts.</summary>
public sealed record SensitivityText
{
    public required string Intro { get; init; }
    public required string Method { get; init; }
    public required string TauHeading { get; init; }
    public required string Ranked { get; init; }
    public required string TauMean { get; init; }
    public required string TauP5 { get; init; }
    public required string VerdictsChange { get; init; }
    public required string ProposalCount { get; init; }
    public required string NotDefined { get; init; }
    public required string InfluenceHeading { get; init; }
    public required string Weight { get; init; }
    public required string TauDown { get; init; }
    public required string TauUp { get; init; }
    public required string LargestRankShift { get; init; }
    public required string MovesHeading { get; init; }
    public required string ScoreInterval { get; init; }
    public required string RankInterval { get; init; }
    public required string Verdict { get; init; }
    public required string VerdictChanged { get; init; }
    public required string NothingMoves { get; init; }
    public required string Footer { get; init; }

    public static SensitivityText For(Language language) => language == Language.Zh ? Chinese : English;

    private static readonly SensitivityText English = new()
    {
        Intro = "Weight sensitivity of {0} proposal(s): {1} sample(s) (seed {2}), each multiplying every scored criterion's weight by its own factor drawn uniformly from {3} to {4}.",
        Method = "Each dimension ranks the scores as printed (one decimal), 1 the highest; equal scores share a rank, and a proposal with no score on a dimension is not ranked on it. Intervals run from the 5th to the 95th percentile of the samples (nearest rank).",
        TauHeading = "Each sample's ranking against the ranking under the pack's weights (Kendall's tau-b, with ties):",
        Ranked = "ranked",
        TauMean = "tau-b mean",
        TauP5 = "tau-b 5th percentile",
        VerdictsChange = "verdict changes",
        ProposalCount = "{0} proposal(s)",
        NotDefined = "not defined",
        InfluenceHeading = "Criteria whose weight moves the ranking most, one at a time: only that weight times {0} (lowered) or {1} (raised); the first {2} per dimension:",
        Weight = "weight",
        TauDown = "tau-b lowered",
        TauUp = "tau-b raised",
        LargestRankShift = "largest rank shift",
        MovesHeading = "Proposals whose rank moves most (widest rank interval, then most verdict changes); the first {0} per dimension:",
        ScoreInterval = "score [5th-95th]",
        RankInterval = "rank [5th-95th]",
        Verdict = "verdict",
        VerdictChanged = "verdict changed",
        NothingMoves = "None: every ranked proposal keeps its rank from the 5th to the 95th percentile, and no verdict changes.",
        Footer = "Every proposal and dimension: --out FILE; every criterion: --influence FILE.",
    };

    private static readonly SensitivityText Chinese = new()
    {
        Intro = "{0} 份提案的权重敏感性：抽样 {1} 次（种子 {2}），每次将每项计分标准的权重各乘以一个在 {3} 到 {4} 之间均匀抽取的系数。",
        Method = "各维度按打印的得分（一位小数）排名，最高分为第 1 名；同分者名次相同，在某一维度没有得分的提案不参与该维度的排名。区间为各次抽样的第 5 至第 95 百分位（最近秩法）。",
        TauHeading = "各次抽样的排名与规则包权重下的排名相比（Kendall tau-b，计入同分）：",
        Ranked = "参与排名",
        TauMean = "tau-b 均值",
        TauP5 = "tau-b 第 5 百分位",
        VerdictsChange = "判定会改变",
        ProposalCount = "{0} 份提案",
        NotDefined = "无法计算",
        InfluenceHeading = "权重对排名影响最大的标准，逐项调整：仅将该项权重乘以 {0}（调低）或 {1}（调高）；每个维度列出前 {2} 项：",
        Weight = "权重",
        TauDown = "调低后 tau-b",
        TauUp = "调高后 tau-b",
        LargestRankShift = "最大名次变动",
        MovesHeading = "名次变动最大的提案（先按名次区间宽度，再按判定改变的次数）；每个维度列出前 {0} 份：",
        ScoreInterval = "得分（第 5 至 95 百分位）",
        RankInterval = "名次（第 5 至 95 百分位）",
        Verdict = "判定",
        VerdictChanged = "判定改变的抽样比例",
        NothingMoves = "无：每份参与排名的提案在第 5 至第 95 百分位之间名次不变，判定也没有改变。",
        Footer = "每份提案在各维度的结果：--out FILE；每项标准的结果：--influence FILE。",
    };
}
