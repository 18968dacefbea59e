namespace Analyzer.Core.Teaching;

/// <summary>A field path whose value differs between the two sides; null where a side does not state it.</summary>
public sealed record FieldDifference(string Path, string? Meets, string? Fails);
