using System.Text.Json.Serialization;

namespace Analyzer.Core.Rules;

/// <summary>
/// A criterion's teaching pair: the ids of two example proposals that differ in one stated fact, the first meeting
/// the criterion and the second failing it. <c>rules check</c> verifies both outcomes against the examples.
/// </summary>
public sealed record TeachingPair
{
    [JsonPropertyName("meets")] public string Meets { get; init; } = "";
    [JsonPropertyName("fails")] public string Fails { get; init; } = "";
}
