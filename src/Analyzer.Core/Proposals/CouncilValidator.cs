using FluentValidation;

namespace Analyzer.Core.Proposals;

/// <summary>Checks the council's scope.</summary>
public sealed class CouncilValidator : AbstractValidator<Council>
{
    public CouncilValidator() => RuleFor(c => c.Scope).OneOf("scope", Vocabulary.CouncilScopes);
}
