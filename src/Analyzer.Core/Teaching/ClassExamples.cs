namespace Analyzer.Core.Teaching;

/// <summary>One class a classification assigns (<c>mode-4</c>) and the examples expected in it.</summary>
public sealed record ClassExamples(string Label, IReadOnlyList<string> Examples);
