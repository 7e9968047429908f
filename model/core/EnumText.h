// EnumText: a table of enum values and the words that stand for them at the database, JSON or wire edge.
#pragma once

#include <QString>
#include <QStringList>
#include <QStringView>

#include <array>
#include <optional>
#include <utility>

namespace Bouncedesk::Model {

template <typename E, std::size_t N>
class EnumText final {
public:
    constexpr explicit EnumText(std::array<std::pair<E, QStringView>, N> names) : m_names(names) { }

    QString text(E value) const
    {
        for (const auto &[e, name] : m_names)
            if (e == value)
                return name.toString();
        return {};
    }
    std::optional<E> parse(QStringView name) const
    {
        for (const auto &[e, word] : m_names)
            if (word == name)
                return e;
        return std::nullopt;
    }
    QStringList all() const
    {
        QStringList out;
        for (const auto &entry : m_names)
            out << entry.second.toString();
        return out;
    }

private:
    std::array<std::pair<E, QStringView>, N> m_names;
};

} // namespace Bouncedesk::Model
