namespace System.Runtime.Versioning;

/// <summary>
/// netstandard2.0 lacks the attribute; the platform analyzer (CA1416) reads it by name, so a member guarded by it
/// (<c>UnixFile.IsSupported</c>) lets callers use Unix-only APIs behind it without a warning.
/// </summary>
[AttributeUsage(AttributeTargets.Field | AttributeTargets.Method | AttributeTargets.Property, AllowMultiple = true, Inherited = false)]
internal sealed class SupportedOSPlatformGuardAttribute(string platformName) : Attribute
{
    public string PlatformName { get; } = platformName;
}
