using Analyzer.Core.Diagnostics;
using FluentValidation;

namespace Analyzer.Core.Proposals;

/// <summary>Checks the institution's model, functions, membership, participants and challenge keys.</summary>
public sealed class InstitutionValidator : AbstractValidator<Institution>
{
    public InstitutionValidator()
    {
        RuleFor(i => i.Model).OneOf("model", Vocabulary.InstitutionModels);
        RuleForEach(i => i.Functions).OneOf("functions", Vocabulary.Functions);
        RuleFor(i => i.Membership).OneOf("membership", Vocabulary.Memberships);
        RuleForEach(i => i.Participants).OneOf("participants", Vocabulary.Participants);
        RuleFor(i => i.Challenges).Custom((challenges, context) =>
        {
            foreach (var key in challenges?.Keys ?? Enumerable.Empty<string>())
            {
                if (!Vocabulary.Challenges.Contains(key, StringComparer.Ordinal))
                {
                    context.AddFailure($"Institution.Challenges.{key}", Problems.UnknownValue("challenges", key, Vocabulary.Challenges));
                }
            }
        });
    }
}
