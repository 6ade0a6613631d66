#pragma once

// What the demo API's made-up people are made of: names, and a fast seeded generator, shared by
// the CRM's customers, the payments' payers and the Salesforce-like CRM's contacts.

#include <QString>
#include <QtGlobal>

#include <iterator>

namespace patchbay::demo {

inline const char *const FirstNames[] = {
    "Sarah", "James", "Maria", "Ahmed", "Yuki", "Olga", "Lars", "Chen", "Fatima", "Pedro",
    "Ingrid", "Kwame", "Aisha", "Tomás", "Mei", "Nikolai", "Priya", "Jonas", "Leila", "Emeka",
    "Sofia", "Hiroshi", "Amara", "Mateo", "Elif", "Oskar", "Zara", "Ravi", "Anya", "Diego"};
inline const char *const LastNames[] = {
    "Johnson", "Smith", "Garcia", "Hassan", "Tanaka", "Ivanova", "Nilsen", "Wang", "Khan",
    "Silva", "Berg", "Mensah", "Bello", "Ruiz", "Li", "Petrov", "Sharma", "Weber", "Haddad",
    "Okafor", "Rossi", "Sato", "Diallo", "Lopez", "Yilmaz", "Larsen", "Ali", "Patel", "Novak", "Costa"};

/// SplitMix64: a made-up record's fields from its number in a few multiplications (a seeded
/// Mersenne Twister per customer was the demo API's largest cost after the kernel's).
class SplitMix64
{
public:
    explicit SplitMix64(quint64 seed) : m_state(seed) {}
    quint64 operator()()
    {
        quint64 z = (m_state += 0x9e3779b97f4a7c15ULL);
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
        return z ^ (z >> 31);
    }

private:
    quint64 m_state;
};

/// Person number `k` of the payments and the Salesforce-like CRM: a payer of charges, and maybe
/// a contact. The same seed and number give the same person in both.
struct Person
{
    QString firstName;
    QString lastName;
    QString email; ///< unique: it carries the number
};

inline Person person(quint64 seed, qint64 k)
{
    SplitMix64 rng(seed * 2654435761ULL + quint64(k) * 40503ULL + 0x70e0a1ULL);
    Person p;
    p.firstName = QString::fromUtf8(FirstNames[rng() % std::size(FirstNames)]);
    p.lastName = QString::fromUtf8(LastNames[rng() % std::size(LastNames)]);
    QString local = p.firstName.toLower() + u'.' + p.lastName.toLower();
    local.replace(QChar(0xe1), u'a'); // Tomás
    p.email = local + QString::number(k) + QStringLiteral("@example.com");
    return p;
}

} // namespace patchbay::demo
