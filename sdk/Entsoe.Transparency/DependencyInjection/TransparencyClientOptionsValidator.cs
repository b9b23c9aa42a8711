using Microsoft.Extensions.Options;

namespace Entsoe.Transparency;

/// <summary>Validates options registered with dependency injection, with the same rules as the constructor.</summary>
internal sealed class TransparencyClientOptionsValidator : IValidateOptions<TransparencyClientOptions>
{
    public ValidateOptionsResult Validate(string? name, TransparencyClientOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var problems = options.GetValidationErrors();
        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }
}
