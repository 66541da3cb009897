namespace Attribution.People;

internal enum Gender : byte
{
    Unknown,
    Male,
    Female,
}
