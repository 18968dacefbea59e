namespace Analyzer.Core.Evaluation;

/// <summary>The five outcomes a criterion can have for one proposal (product.md).</summary>
public static class Outcome
{
    public const string Met = "met";
    public const string NotMet = "not-met";
    public const string NotStated = "not-stated";
    public const string NotApplicable = "not-applicable";
    public const string Error = "error";
}
