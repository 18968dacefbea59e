namespace Analyzer.Core.Rules;

/// <summary>A text of the rule pack in English and Chinese.</summary>
public sealed record LocalizedText
{
    public string En { get; init; } = "";
    public string Zh { get; init; } = "";

    public string In(Language language) => language == Language.Zh ? Zh : En;
}
