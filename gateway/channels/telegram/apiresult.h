#pragma once

#include "channels/telegram/apierror.h"

#include <utility>
#include <variant>

namespace Moltdesk::Telegram {

// Value-or-ApiError handed to every BotApi callback (std::expected is C++23; we build as C++20).
template <typename T>
class ApiResult
{
public:
    ApiResult(T value) : m_data(std::in_place_index<0>, std::move(value)) {}
    ApiResult(ApiError error) : m_data(std::in_place_index<1>, std::move(error)) {}

    bool ok() const { return m_data.index() == 0; }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return std::get<0>(m_data); }
    T &&value() && { return std::get<0>(std::move(m_data)); }
    const T *operator->() const { return &std::get<0>(m_data); }

    const ApiError &error() const { return std::get<1>(m_data); }

private:
    std::variant<T, ApiError> m_data;
};

} // namespace Moltdesk::Telegram
