namespace Analyzer.Core.Rules;

/// <summary>Names of the scored dimensions, the classification pseudo-dimension and the necessities.</summary>
public static class Dimensions
{
    public const string Legitimacy = "legitimacy";
    public const string Feasibility = "feasibility";
    public const string Classification = "classification";
    public const string Necessary = "necessary";
    public const string Contributory = "contributory";

    public static readonly string[] All = [Legitimacy, Feasibility, Classification];
    public static readonly string[] Necessities = [Necessary, Contributory];
}
