using Analyzer.Core.Rules;

namespace Analyzer.Core.Reporting;

/// <summary>The words of <c>sweep</c>'s stdout beyond those the summary table shares (<see cref="ReportText"/>), in English and Chinese.</summary>
public static class SweepText
{
    /// <summary>{0}: variants on the frontier; {1}: variants assessed.</summary>
    public static string FrontierTitle(Language language) => language == Language.Zh
        ? "前沿：在未违反任何必要准则的变体中，没有其他变体能在合法性和可行性上同时胜过的 {0} 个（共评估 {1} 个变体）。"
        : "Frontier: the {0} of {1} variant(s) that no other beats on both legitimacy and feasibility, among those that fail no necessary criterion.";
}
