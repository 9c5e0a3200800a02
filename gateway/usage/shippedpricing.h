#pragma once

#include <QByteArray>

namespace Moltdesk::Usage {

// resources/pricing.json as it was when the binary was built (generated from
// usage/shippedpricing.cpp.in by CMake). PriceTable::fromJson() parses it.
QByteArray shippedPricingJson();

} // namespace Moltdesk::Usage
