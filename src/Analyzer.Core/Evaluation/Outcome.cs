namespace Analyzer.Core.Evaluation;

/// <summary>The five outcomes a criterion can have for one proposal; reports write them kebab-case (<c>not-met</c>).</summary>
public enum Outcome
{
    Met,
    NotMet,
    NotStated,
    NotApplicable,
    Error,
}
