using Analyzer.Core.Diagnostics;
using FluentValidation;

namespace Analyzer.Core.Proposals;

/// <summary>The one check every enumeration field shares: absent, or one of its allowed values.</summary>
public static class VocabularyRules
{
    public static IRuleBuilderOptions<T, string?> OneOf<T>(this IRuleBuilder<T, string?> rule, string name, string[] allowed) =>
        rule.Must(v => v is null || allowed.Contains(v, StringComparer.Ordinal))
            .WithMessage((_, v) => Problems.UnknownValue(name, v!, allowed));
}
