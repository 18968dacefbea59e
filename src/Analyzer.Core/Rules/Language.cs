namespace Analyzer.Core.Rules;

/// <summary>The languages the rule pack's texts and the report are written in.</summary>
public enum Language
{
    En,
    Zh,
}
