// Generated from spec/errors.yaml by coinone-error-codes. Do not edit: change the spec and run `npm run generate`.

//! The error codes.

use std::fmt;
use std::str::FromStr;

use crate::ErrorInfo;

/// Coinone Open API errors (catalog coinone 4.0.0).
///
/// Every active code, in code order; `Display` and [`ErrorCode::as_str`] give the wire code,
/// `FromStr` and [`ErrorCode::from_code`] read it. Deprecated codes carry `#[deprecated]`.
/// Retired codes are never variants (see [`crate::RESERVED_CODES`]). More codes may come, so
/// the enum is `#[non_exhaustive]`.
#[rustfmt::skip]
#[non_exhaustive]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ErrorCode {
    /// Access by this user is restricted.
    ///
    /// ko: 제한된 사용자의 접근입니다.
    ///
    /// Code: 4
    ///
    /// Message: Blocked user access
    ///
    /// Category: account (Account status)
    UserBlocked,

    /// The request token parameter is required.
    ///
    /// ko: 토큰 파라미터 요청이 필요 합니다.
    ///
    /// Code: 8
    ///
    /// Message: Request Token Parameter is needed
    ///
    /// Category: authentication (Authentication and tokens)
    RequestTokenRequired,

    /// The request comes from an IP address whose access is restricted.
    ///
    /// ko: 접근이 제한된 IP로부터의 요청입니다.
    ///
    /// Code: 10
    ///
    /// Message: This IP address is not allowed.
    ///
    /// Category: api-access (API access and permissions)
    IpNotAllowed,

    /// An access token is required.
    ///
    /// ko: 액세스 토큰 필요 합니다.
    ///
    /// Code: 11
    ///
    /// Message: Access token is missing
    ///
    /// Category: authentication (Authentication and tokens)
    AccessTokenMissing,

    /// The access token is not valid.
    ///
    /// ko: 유효하지 않은 액세스 토큰입니다.
    ///
    /// Code: 12
    ///
    /// Message: Invalid access token
    ///
    /// Category: authentication (Authentication and tokens)
    AccessTokenInvalid,

    /// The requested API service does not exist.
    ///
    /// ko: 존재하지 않은 API 서비스입니다.
    ///
    /// Code: 20
    ///
    /// Message: This service does not exist
    ///
    /// Category: api-access (API access and permissions)
    ServiceNotFound,

    /// You need to register before you can use the API.
    ///
    /// ko: API 사용을 위한 등록이 필요 합니다.
    ///
    /// Code: 21
    ///
    /// Message: Customers who need to register for API usage
    ///
    /// Category: api-access (API access and permissions)
    ApiRegistrationRequired,

    /// The service has not been approved.
    ///
    /// ko: 승인되지 않은 서비스입니다.
    ///
    /// Code: 22
    ///
    /// Message: This service is not approved
    ///
    /// Category: api-access (API access and permissions)
    ServiceNotApproved,

    /// The App Secret is not valid. Please check its status in the Open API menu on the Coinone website.
    ///
    /// ko: 유효하지 않은 App Secret 입니다. 코인원 웹 \> Open API 메뉴에서 상태 확인 부탁드립니다.
    ///
    /// Code: 23
    ///
    /// Message: Invalid App Secret
    ///
    /// Category: authentication (Authentication and tokens)
    AppSecretInvalid,

    /// The App ID is not valid. Please check its status in the Open API menu on the Coinone website.
    ///
    /// ko: 유효하지 않은 APP ID 입니다. 코인원 웹 \> Open API 메뉴에서 상태 확인 부탁드립니다.
    ///
    /// Code: 24
    ///
    /// Message: Invalid App Id
    ///
    /// Category: authentication (Authentication and tokens)
    AppIdInvalid,

    /// The request token does not exist.
    ///
    /// ko: 존재하지 않은 Request Token 입니다.
    ///
    /// Code: 25
    ///
    /// Message: Request Token does not exist
    ///
    /// Category: authentication (Authentication and tokens)
    RequestTokenNotFound,

    /// The request token could not be deleted.
    ///
    /// ko: Request Token 삭제를 실패 하였습니다.
    ///
    /// Code: 26
    ///
    /// Message: Failed to delete Request Token
    ///
    /// Category: authentication (Authentication and tokens)
    RequestTokenDeleteFailed,

    /// The access token does not exist.
    ///
    /// ko: 존재하지 않은 Access Token 입니다.
    ///
    /// Code: 27
    ///
    /// Message: Access Token does not exist
    ///
    /// Category: authentication (Authentication and tokens)
    AccessTokenNotFound,

    /// The access token could not be deleted.
    ///
    /// ko: Access Token 삭제 실패 하였습니다.
    ///
    /// Code: 28
    ///
    /// Message: Failed to delete Access Token
    ///
    /// Category: authentication (Authentication and tokens)
    AccessTokenDeleteFailed,

    /// The access token could not be refreshed.
    ///
    /// ko: Access Token을 리프레쉬 하는데 실패 하였습니다.
    ///
    /// Code: 29
    ///
    /// Message: Failed to refresh Access Token
    ///
    /// Category: authentication (Authentication and tokens)
    AccessTokenRefreshFailed,

    /// The API permission has not been approved.
    ///
    /// ko: 승인되지 않은 API 권한입니다.
    ///
    /// Code: 40
    ///
    /// Message: Invalid API permission
    ///
    /// Category: api-access (API access and permissions)
    ApiPermissionDenied,

    /// You can use the API after completing KYC identity verification on the Coinone website or app.
    ///
    /// ko: 코인원 웹이나 앱을 통한 KYC 인증 이후 API 이용이 가능합니다.
    ///
    /// Code: 50
    ///
    /// Message: You can use the API after complete Coinone identity verification by web or app
    ///
    /// Category: account (Account status)
    IdentityVerificationRequired,

    /// This API is no longer valid.
    ///
    /// ko: 더 이상 유효하지 않은 API 입니다.
    ///
    /// Code: 51
    ///
    /// Message: This API is no longer available
    ///
    /// Category: api-access (API access and permissions)
    ApiNoLongerAvailable,

    /// You have not completed real-name bank account verification. Please verify your real-name account in the Coinone app.
    ///
    /// ko: 실명 계좌 인증을 완료하지 않은 고객 입니다. 코인원 앱을 통해 실명 계좌 인증이 필요 합니다.
    ///
    /// Code: 52
    ///
    /// Message: Customers who did not complete the real name account verification are not allowed to use this service
    ///
    /// Category: account (Account status)
    RealNameAccountRequired,

    /// Two-factor authentication failed.
    ///
    /// ko: 2-Factor 인증 실패 하였습니다.
    ///
    /// Code: 53
    ///
    /// Message: Two Factor Auth Fail
    ///
    /// Category: authentication (Authentication and tokens)
    TwoFactorAuthFailed,

    /// The format is not valid.
    ///
    /// ko: 유효하지 않은 포맷입니다.
    ///
    /// Code: 101
    ///
    /// Message: Invalid format
    ///
    /// Category: request (Request parameters)
    InvalidFormat,

    /// The balance is insufficient.
    ///
    /// ko: 잔고가 부족 합니다.
    ///
    /// Code: 103
    ///
    /// Message: Lack of Balance
    ///
    /// Category: balance (Balance)
    BalanceInsufficient,

    /// The order does not exist.
    ///
    /// ko: 존재하지 않은 주문입니다.
    ///
    /// Code: 104
    ///
    /// Message: Order id is not exist
    ///
    /// Category: order (Orders)
    OrderNotFound,

    /// The price is not valid.
    ///
    /// ko: 올바르지 않은 가격입니다.
    ///
    /// Code: 105
    ///
    /// Message: Price is not correct
    ///
    /// Category: order (Orders)
    PriceNotCorrect,

    /// A request parameter is wrong.
    ///
    /// ko: 파라메터 에러입니다.
    ///
    /// Code: 107
    ///
    /// Message: Parameter error
    ///
    /// Category: request (Request parameters)
    ParameterError,

    /// The asset symbol does not exist.
    ///
    /// ko: 존재하지 않은 종목 심볼입니다.
    ///
    /// Code: 108
    ///
    /// Message: Unknown cryptocurrency
    ///
    /// Category: request (Request parameters)
    UnknownCurrency,

    /// The trading pair does not exist.
    ///
    /// ko: 존재하지 않은 거래 종목입니다.
    ///
    /// Code: 109
    ///
    /// Message: Unknown cryptocurrency pair
    ///
    /// Category: request (Request parameters)
    UnknownMarket,

    /// The order cannot be placed because the order price is too far from the current price.
    ///
    /// ko: 주문 가격과 현재 가격의 현격한 차이로 주문이 불가 합니다.
    ///
    /// Code: 111
    ///
    /// Message: The order unavailable due to significant price difference between the order price and the current price
    ///
    /// Category: order (Orders)
    PriceTooFarFromMarket,

    /// The request cannot be processed because the quantity is below the minimum.
    ///
    /// ko: 최소 수량 미달로 요청이 불가 합니다.
    ///
    /// Code: 113
    ///
    /// Message: Quantity is too low
    ///
    /// Category: order (Orders)
    QuantityTooLow,

    /// The order quantity is not valid.
    ///
    /// ko: 유효하지 않은 주문 수량 입니다.
    ///
    /// Code: 114
    ///
    /// Message: This is not a valid your order amount
    ///
    /// Category: order (Orders)
    OrderQuantityInvalid,

    /// The quantity you hold plus the quantity in your open orders exceeds the maximum quantity.
    ///
    /// ko: 보유 수량과 등록된 주문 수량의 합 최대 수량을 초과 하였습니다.
    ///
    /// Code: 115
    ///
    /// Message: The sum of the holding quantity and the quantity of active orders has exceeded the maximum quantity
    ///
    /// Category: order (Orders)
    MaxQuantityExceeded,

    /// The order has already been filled.
    ///
    /// ko: 이미 체결된 주문입니다.
    ///
    /// Code: 116
    ///
    /// Message: Already Traded
    ///
    /// Category: order (Orders)
    OrderAlreadyFilled,

    /// The order has already been canceled.
    ///
    /// ko: 이미 취소된 주문입니다.
    ///
    /// Code: 117
    ///
    /// Message: Already Canceled
    ///
    /// Category: order (Orders)
    OrderAlreadyCanceled,

    /// The order has already been placed.
    ///
    /// ko: 이미 등록된 주문입니다.
    ///
    /// Code: 118
    ///
    /// Message: Already Submitted.
    ///
    /// Category: order (Orders)
    OrderAlreadySubmitted,

    /// The V2 API payload is required.
    ///
    /// ko: V2 API payload 값 입력이 필요 합니다.
    ///
    /// Code: 120
    ///
    /// Message: V2 API payload is missing
    ///
    /// Category: signature (Signature and nonce (V2))
    PayloadMissing,

    /// The V2 API signature is required.
    ///
    /// ko: V2 API signature 값 입력이 필요 합니다.
    ///
    /// Code: 121
    ///
    /// Message: V2 API signature is missing
    ///
    /// Category: signature (Signature and nonce (V2))
    SignatureMissing,

    /// The V2 API nonce is required.
    ///
    /// ko: V2 API nonce 값 입력이 필요 합니다.
    ///
    /// Code: 122
    ///
    /// Message: V2 API nonce is missing
    ///
    /// Category: signature (Signature and nonce (V2))
    NonceMissing,

    /// The V2 API signature is not correct.
    ///
    /// ko: V2 API signature 값이 올바르지 않습니다.
    ///
    /// Code: 123
    ///
    /// Message: V2 API signature is not correct
    ///
    /// Category: signature (Signature and nonce (V2))
    SignatureInvalid,

    /// The V2 API nonce must be a positive number.
    ///
    /// ko: V2 API Nonce 값은 양의 숫자 값이어야 합니다.
    ///
    /// Code: 130
    ///
    /// Message: V2 API Nonce value must be a positive integer
    ///
    /// Category: signature (Signature and nonce (V2))
    NonceNotPositiveInteger,

    /// The V2 API nonce must be greater than the previous nonce.
    ///
    /// ko: V2 API Nonce 값은 이전 Nonce 값보다 커야 합니다.
    ///
    /// Code: 131
    ///
    /// Message: V2 API Nonce is must be bigger then last nonce
    ///
    /// Category: signature (Signature and nonce (V2))
    NonceNotIncreasing,

    /// This nonce has already been used.
    ///
    /// ko: 이미 사용된 Nonce 값 입니다.
    ///
    /// Code: 132
    ///
    /// Message: Nonce already used
    ///
    /// Category: signature (Signature and nonce (V2))
    NonceAlreadyUsed,

    /// The nonce must be a UUID.
    ///
    /// ko: Nonce값은 UUID 포맷이어야 합니다.
    ///
    /// Code: 133
    ///
    /// Message: Nonce must be in the form of a UUID
    ///
    /// Category: signature (Signature and nonce (V2))
    NonceNotUuid,

    /// The V2 API cannot be used with a V1 access token.
    ///
    /// ko: V1의 Access Token으로는 V2 API 이용이 불가합니다.
    ///
    /// Code: 151
    ///
    /// Message: It's V2 API. V1 Access token is not acceptable
    ///
    /// Category: authentication (Authentication and tokens)
    V1TokenNotAccepted,

    /// The address is not valid.
    ///
    /// ko: 유효하지 않은 주소입니다.
    ///
    /// Code: 152
    ///
    /// Message: Invalid address
    ///
    /// Category: withdrawal (Withdrawals)
    AddressInvalid,

    /// The address is restricted by the fraud detection system (FDS). Please contact the customer center.
    ///
    /// ko: FDS에 의해 제한된 주소입니다. 고객 센터로 연락 부탁드립니다.
    ///
    /// Code: 153
    ///
    /// Message: The address is detected by FDS. Please contact our customer center
    ///
    /// Category: withdrawal (Withdrawals)
    AddressBlockedByFds,

    /// The address must be registered as an API withdrawal address.
    ///
    /// ko: API 출금 주소 등록이 필요한 주소입니다.
    ///
    /// Code: 154
    ///
    /// Message: The address is not registered as an API withdrawal address
    ///
    /// Category: withdrawal (Withdrawals)
    AddressNotRegisteredForApi,

    /// Withdrawing through the CODE solution requires a deposit address. Create a deposit address on the Coinone website or app, then try again.
    ///
    /// ko: CODE 솔루션을 통한 출금을 위해서는 입금 주소 생성이 필요합니다. 코인원 웹/앱에서 입금주소 생성 후 요청하시기 바랍니다.
    ///
    /// Code: 155
    ///
    /// Message: Withdrawal through the 'CODE Solution' requires registration of the deposit address
    ///
    /// Category: withdrawal (Withdrawals)
    DepositAddressRequired,

    /// The withdrawal address does not exist.
    ///
    /// ko: 존재하지 않은 출금 주소입니다.
    ///
    /// Code: 156
    ///
    /// Message: The withdrawal address does not exist
    ///
    /// Category: withdrawal (Withdrawals)
    WithdrawalAddressNotFound,

    /// The balance is not sufficient.
    ///
    /// ko: 잔액이 부족합니다.
    ///
    /// Code: 157
    ///
    /// Message: Insufficient balance
    ///
    /// Category: withdrawal (Withdrawals)
    WithdrawalBalanceInsufficient,

    /// The amount is less than the minimum withdrawal amount.
    ///
    /// ko: 최소 출금 가능 금액보다 부족합니다.
    ///
    /// Code: 158
    ///
    /// Message: Minimum withdrawal quantity insufficient
    ///
    /// Category: withdrawal (Withdrawals)
    WithdrawalBelowMinimum,

    /// A memo is required for this withdrawal.
    ///
    /// ko: 출금을 위해서는 Memo 입력이 필요합니다.
    ///
    /// Code: 159
    ///
    /// Message: Required the memo to proceed with the withdrawal
    ///
    /// Category: withdrawal (Withdrawals)
    MemoRequired,

    /// The deposit or withdrawal ID given when looking up a single deposit or withdrawal is not valid.
    ///
    /// ko: 단일 입출금 내역 조회 시 올바르지 않은 입출금 내역 식별 ID가 입력된 경우입니다.
    ///
    /// Code: 160
    ///
    /// Message: Withdrawal/Deposit id is invalid
    ///
    /// Category: withdrawal (Withdrawals)
    TransactionIdInvalid,

    /// The price field, required for limit and stop-limit orders, was not given.
    ///
    /// ko: 지정가, 예약 지정가 주문시 필수정보인 가격필드가 입력되지 않은 경우입니다.
    ///
    /// Code: 161
    ///
    /// Message: price is required for LIMIT or STOP\_LIMIT order.
    ///
    /// Category: order (Orders)
    PriceRequired,

    /// The quantity field, required for limit, stop-limit and market (sell) orders, was not given.
    ///
    /// ko: 지정가, 예약 지정가, 시장가(매도), 주문시 필수정보인 수량필드가 입력되지 않은 경우입니다.
    ///
    /// Code: 162
    ///
    /// Message: qty is required for LIMIT or STOP\_LIMIT or MARKET(SELL) order.
    ///
    /// Category: order (Orders)
    QuantityRequired,

    /// The post\_only field, required for limit orders, was not given.
    ///
    /// ko: 지정가 주문시 필수정보인 post\_only필드가 입력되지 않은 경우입니다.
    ///
    /// Code: 163
    ///
    /// Message: post\_only is required for LIMIT order.
    ///
    /// Category: order (Orders)
    PostOnlyRequired,

    /// The trigger\_price field, required for stop-limit orders, was not given.
    ///
    /// ko: 예약 지정가 주문시 필수정보인 trigger\_price 필드가 입력되지 않은 경우입니다.
    ///
    /// Code: 164
    ///
    /// Message: trigger\_price is required for STOP\_LIMIT order
    ///
    /// Category: order (Orders)
    TriggerPriceRequired,

    /// The total amount field, required for market (buy) orders, was not given.
    ///
    /// ko: 시장가(매수) 주문시 필수정보인 총액필드가 입력되지 않은 경우입니다.
    ///
    /// Code: 165
    ///
    /// Message: amount is required for MARKET(BUY) order.
    ///
    /// Category: order (Orders)
    AmountRequired,

    /// The order type given in a V2.1 Order API request is not supported. Supported order types: LIMIT, MARKET, STOP\_LIMIT (upper case only).
    ///
    /// ko: V2.1 Order API 요청시 입력한 주문타입이 지원하지 않는 주문타입인 경우입니다. 가능한 주문 타입 : LIMIT, MARKET, STOP\_LIMIT (대문자만 가능)
    ///
    /// Code: 166
    ///
    /// Message: Not Supported Order Type.
    ///
    /// Category: order (Orders)
    OrderTypeNotSupported,

    /// For a stop-limit order, the trigger\_price given equals the coin's current price.
    ///
    /// ko: 예약지정가 주문시 trigger\_price 에 입력하신 값이 해당 코인의 현재가와 동일한 경우입니다.
    ///
    /// Code: 167
    ///
    /// Message: trigger price and current price can not be same.
    ///
    /// Category: order (Orders)
    TriggerPriceEqualsCurrentPrice,

    /// The withdrawal quantity is not valid (below the minimum withdrawal quantity, or more decimal places than supported).
    ///
    /// ko: 옳바르지 않은 출금 수량입니다. (최소 출금 수량 미만 혹은 지원하지 않는 자릿수)
    ///
    /// Code: 202
    ///
    /// Message: Withdrawal quantity is not correct
    ///
    /// Category: withdrawal (Withdrawals)
    WithdrawalQuantityInvalid,

    /// The order information is not valid.
    ///
    /// ko: 유효하지 않은 주문 정보입니다.
    ///
    /// Code: 300
    ///
    /// Message: Invalid order information
    ///
    /// Category: order (Orders)
    OrderInfoInvalid,

    /// Sell orders cannot be placed at or below the base price.
    ///
    /// ko: 기본가 이하로는 매도 주문 등록 불가 합니다.
    ///
    /// Code: 301
    ///
    /// Message: Cannot register selling orders below the base price
    ///
    /// Category: order (Orders)
    SellPriceBelowBase,

    /// Sell orders cannot be placed at or above the base price.
    ///
    /// ko: 기본가격 이상으로는 매도 주문 등록 불가 합니다.
    ///
    /// Code: 302
    ///
    /// Message: Cannot register selling orders above the base price
    ///
    /// Category: order (Orders)
    SellPriceAboveBase,

    /// Buy orders cannot be placed at or below the base price.
    ///
    /// ko: 기본가격 이하로는 매수 주문 등록 불가 합니다.
    ///
    /// Code: 303
    ///
    /// Message: Cannot register buying orders below the base price
    ///
    /// Category: order (Orders)
    BuyPriceBelowBase,

    /// Buy orders cannot be placed at or above the base price.
    ///
    /// ko: 기본가격 이상으로는 매수 주문 등록 불가 합니다.
    ///
    /// Code: 304
    ///
    /// Message: Cannot register buying orders above the base price
    ///
    /// Category: order (Orders)
    BuyPriceAboveBase,

    /// An invalid quantity was entered.
    ///
    /// ko: 잘못된 수량이 입력되었습니다.
    ///
    /// Code: 305
    ///
    /// Message: Invalid quantity
    ///
    /// Category: order (Orders)
    QuantityInvalid,

    /// Orders at or below the minimum quantity cannot be placed.
    ///
    /// ko: 최소 수량 이하로는 주문이 불가 합니다.
    ///
    /// Code: 306
    ///
    /// Message: Cannot be process the orders below the minimum amount
    ///
    /// Category: order (Orders)
    OrderBelowMinimumQuantity,

    /// Orders at or above the maximum quantity cannot be placed.
    ///
    /// ko: 최대 수량 이상으로는 주문이 불가 합니다.
    ///
    /// Code: 307
    ///
    /// Message: Cannot be process the orders exceed the maximum amount
    ///
    /// Category: order (Orders)
    OrderAboveMaximumQuantity,

    /// The price given in the order request is outside the range from the minimum to the maximum order price.
    ///
    /// ko: 주문 요청 시 입력한 가격이 최소 주문 가능 가격\~최대 주문 가능 가격 범위를 벗어날 경우 발생합니다.
    ///
    /// Code: 308
    ///
    /// Message: Price is out of range.
    ///
    /// Category: order (Orders)
    PriceOutOfRange,

    /// The quantity given in the order request is outside the range from the minimum to the maximum order quantity.
    ///
    /// ko: 주문 요청 시 입력한 수량이 최소 주문 가능 수량\~최대 주문 가능 수량을 벗어날 경우 발생합니다.
    ///
    /// Code: 309
    ///
    /// Message: Qty is out of range.
    ///
    /// Category: order (Orders)
    QuantityOutOfRange,

    /// The price unit is not valid.
    ///
    /// ko: 가격 단위가 유효하지 않을 때 발생합니다.
    ///
    /// Code: 310
    ///
    /// Message: Unavailable price unit. Please check the Range unit API to get the price\_unit.
    ///
    /// Category: order (Orders)
    PriceUnitInvalid,

    /// The quantity unit is not valid.
    ///
    /// ko: 수량 단위가 유효하지 않을 때 발생합니다.
    ///
    /// Code: 311
    ///
    /// Message: Unavailable qty unit. Please check the Market API to see the qty\_unit.
    ///
    /// Category: order (Orders)
    QuantityUnitInvalid,

    /// The user\_order\_id is a duplicate.
    ///
    /// ko: 중복된 user\_order\_id
    ///
    /// Code: 312
    ///
    /// Message: Duplicated user\_order\_id
    ///
    /// Category: user-order-id (Client order ids (user\_order\_id))
    UserOrderIdDuplicated,

    /// Both order\_id and user\_order\_id were given in the request, or neither was.
    ///
    /// ko: order\_id 와 user\_order\_id 가 함께 요청되거나, 둘다 입력되지 않았을 경우
    ///
    /// Code: 313
    ///
    /// Message: user\_order\_id and order\_Id cannot be requested together. Otherwise, neither was entered
    ///
    /// Category: user-order-id (Client order ids (user\_order\_id))
    ExactlyOneOrderIdRequired,

    /// The user\_order\_id is not valid (upper-case letters, unsupported special characters, or more than 150 characters).
    ///
    /// ko: 잘못된 user\_order\_id (대문자 혹은 지원하지 않는 특문, 150자 초과)
    ///
    /// Code: 314
    ///
    /// Message: Invalid user\_order\_id (It must be lower case)
    ///
    /// Category: user-order-id (Client order ids (user\_order\_id))
    UserOrderIdInvalid,

    /// This API does not support portfolios.
    ///
    /// ko: 포트폴리오를 지원하지 않는 API 입니다.
    ///
    /// Code: 315
    ///
    /// Message: The API does not support a portfolio.
    ///
    /// Category: api-access (API access and permissions)
    PortfolioNotSupported,

    /// A server error occurred.
    ///
    /// ko: 서버 에러가 발생하였습니다.
    ///
    /// Code: 405
    ///
    /// Message: Server error
    ///
    /// Category: server (Server)
    ServerError,

    /// The two-factor authentication code is not valid.
    ///
    /// ko: 유효하지 않은 2-Factor 인증 값입니다.
    ///
    /// Code: 777
    ///
    /// Message: Invalid 2FA
    ///
    /// Category: authentication (Authentication and tokens)
    TwoFactorCodeInvalid,

    /// Looking up a single order with V2 (v2/order/query\_order), the order is not a limit order. (This error occurs because V2 does not support market or stop-limit orders.)
    ///
    /// ko: v2의 특정 주문 조회 시(v2/order/query\_order) 조회하려는 주문이 지정가 주문이 아닌 경우 발생합니다. (v2는 시장가, 예약 지정가를 지원하지 않아 발생하는 에러입니다.)
    ///
    /// Code: 1201
    ///
    /// Message: The V2 order API only supports limit order types.
    ///
    /// Category: api-access (API access and permissions)
    ApiDiscontinued,

    /// Looking up a single order with V2.1 (v2.1/order/info), the order is not a limit order. (This error occurs because v2.1/order/info does not support market or stop-limit orders.)
    ///
    /// ko: v21의 특정 주문 정보 조회 시(v2.1/order/info) 조회하려는 주문이 지정가 주문이 아닌 경우 발생합니다. (v2.1/order/info는 시장가, 예약 지정가를 지원하지 않아 발생하는 에러입니다.)
    ///
    /// Code: 1202
    ///
    /// Message: This API is deprecated and only supports limit order type.
    ///
    /// Category: api-access (API access and permissions)
    OrderInfoApiLimitOnly,

    /// The customer does not exist.
    ///
    /// ko: 존재하지 않은 고객입니다.
    ///
    /// Code: 1206
    ///
    /// Message: User not found
    ///
    /// Category: account (Account status)
    UserNotFound,

    /// Withdrawals of this virtual asset are suspended, temporarily or permanently. Please check the notices.
    ///
    /// ko: 출금이 일시적 혹은 영구적으로 정지된 가상자산입니다. 공지사항을 확인 부탁드립니다.
    ///
    /// Code: 3001
    ///
    /// Message: Withdrawal of the virtual asset has been suspended. Please check our notice
    ///
    /// Category: withdrawal (Withdrawals)
    AssetWithdrawalSuspended,

    /// The withdrawal was rejected for a specific reason.
    ///
    /// ko: 출금이 특정 사유로 인해 거절된 상태입니다.
    ///
    /// Code: 3002
    ///
    /// Message: Withdrawal is rejected
    ///
    /// Category: withdrawal (Withdrawals)
    WithdrawalRejected,

    /// The daily withdrawal limit has been exceeded.
    ///
    /// ko: 일일 출금 가능 수량을 초과 하였습니다.
    ///
    /// Code: 3003
    ///
    /// Message: Exceed daily withdrawal limit
    ///
    /// Category: withdrawal (Withdrawals)
    DailyWithdrawalLimitExceeded,

    /// The withdrawal failed because withdrawals are delayed for 24 hours after a Korean won (KRW) deposit.
    ///
    /// ko: 원화 입금으로 인한 24시간 출금지연 상태로 출금에 실패 하였습니다.
    ///
    /// Code: 3004
    ///
    /// Message: Failed by 24-hour withdrawal delay policy
    ///
    /// Category: withdrawal (Withdrawals)
    WithdrawalDelayedAfterKrwDeposit,

    /// Please complete mobile phone number verification, then try again.
    ///
    /// ko: 휴대폰 번호 인증 완료 하신 후에 재시도 부탁드립니다.
    ///
    /// Code: 3005
    ///
    /// Message: Try again after complete phone verification
    ///
    /// Category: account (Account status)
    PhoneVerificationRequired,

    /// An error occurred in your balance. Please contact the customer center.
    ///
    /// ko: 잔고에 오류가 발생하였습니다. 고객 센터에 연락 부탁드립니다.
    ///
    /// Code: 3007
    ///
    /// Message: An error in the balance. Please contact CS center
    ///
    /// Category: balance (Balance)
    BalanceError,

    /// The account cannot be used because abnormal trading was detected.
    ///
    /// ko: 이상거래에 탐지되어 이용할 수 없는 상태입니다.
    ///
    /// Code: 3009
    ///
    /// Message: Account was detected through FDS system monitoring
    ///
    /// Category: account (Account status)
    AccountFlaggedByFds,

    /// Withdrawals are not possible because the account is locked. You can unlock it by logging in with the latest version of the app or on the website.
    ///
    /// ko: 계정 잠금으로 인해 출금이 불가한 경우입니다. 잠금 해제는 최신 버전의 앱 또는 웹페이지에서 로그인을 통해 진행할 수 있습니다.
    ///
    /// Code: 3010
    ///
    /// Message: Account is locked
    ///
    /// Category: account (Account status)
    AccountLocked,

    /// The master account has restricted virtual asset withdrawals for this sub-account.
    ///
    /// ko: 마스터 계정이 서브 계정의 가상자산 출금을 제한한 상태입니다.
    ///
    /// Code: 3011
    ///
    /// Message: Withdrawal is restricted by master account.
    ///
    /// Category: withdrawal (Withdrawals)
    WithdrawalRestrictedByMaster,
}

#[allow(deprecated)]
impl ErrorCode {
    /// Every code, in code order.
    #[rustfmt::skip]
    pub const ALL: &'static [ErrorCode] = &[
        ErrorCode::UserBlocked,
        ErrorCode::RequestTokenRequired,
        ErrorCode::IpNotAllowed,
        ErrorCode::AccessTokenMissing,
        ErrorCode::AccessTokenInvalid,
        ErrorCode::ServiceNotFound,
        ErrorCode::ApiRegistrationRequired,
        ErrorCode::ServiceNotApproved,
        ErrorCode::AppSecretInvalid,
        ErrorCode::AppIdInvalid,
        ErrorCode::RequestTokenNotFound,
        ErrorCode::RequestTokenDeleteFailed,
        ErrorCode::AccessTokenNotFound,
        ErrorCode::AccessTokenDeleteFailed,
        ErrorCode::AccessTokenRefreshFailed,
        ErrorCode::ApiPermissionDenied,
        ErrorCode::IdentityVerificationRequired,
        ErrorCode::ApiNoLongerAvailable,
        ErrorCode::RealNameAccountRequired,
        ErrorCode::TwoFactorAuthFailed,
        ErrorCode::InvalidFormat,
        ErrorCode::BalanceInsufficient,
        ErrorCode::OrderNotFound,
        ErrorCode::PriceNotCorrect,
        ErrorCode::ParameterError,
        ErrorCode::UnknownCurrency,
        ErrorCode::UnknownMarket,
        ErrorCode::PriceTooFarFromMarket,
        ErrorCode::QuantityTooLow,
        ErrorCode::OrderQuantityInvalid,
        ErrorCode::MaxQuantityExceeded,
        ErrorCode::OrderAlreadyFilled,
        ErrorCode::OrderAlreadyCanceled,
        ErrorCode::OrderAlreadySubmitted,
        ErrorCode::PayloadMissing,
        ErrorCode::SignatureMissing,
        ErrorCode::NonceMissing,
        ErrorCode::SignatureInvalid,
        ErrorCode::NonceNotPositiveInteger,
        ErrorCode::NonceNotIncreasing,
        ErrorCode::NonceAlreadyUsed,
        ErrorCode::NonceNotUuid,
        ErrorCode::V1TokenNotAccepted,
        ErrorCode::AddressInvalid,
        ErrorCode::AddressBlockedByFds,
        ErrorCode::AddressNotRegisteredForApi,
        ErrorCode::DepositAddressRequired,
        ErrorCode::WithdrawalAddressNotFound,
        ErrorCode::WithdrawalBalanceInsufficient,
        ErrorCode::WithdrawalBelowMinimum,
        ErrorCode::MemoRequired,
        ErrorCode::TransactionIdInvalid,
        ErrorCode::PriceRequired,
        ErrorCode::QuantityRequired,
        ErrorCode::PostOnlyRequired,
        ErrorCode::TriggerPriceRequired,
        ErrorCode::AmountRequired,
        ErrorCode::OrderTypeNotSupported,
        ErrorCode::TriggerPriceEqualsCurrentPrice,
        ErrorCode::WithdrawalQuantityInvalid,
        ErrorCode::OrderInfoInvalid,
        ErrorCode::SellPriceBelowBase,
        ErrorCode::SellPriceAboveBase,
        ErrorCode::BuyPriceBelowBase,
        ErrorCode::BuyPriceAboveBase,
        ErrorCode::QuantityInvalid,
        ErrorCode::OrderBelowMinimumQuantity,
        ErrorCode::OrderAboveMaximumQuantity,
        ErrorCode::PriceOutOfRange,
        ErrorCode::QuantityOutOfRange,
        ErrorCode::PriceUnitInvalid,
        ErrorCode::QuantityUnitInvalid,
        ErrorCode::UserOrderIdDuplicated,
        ErrorCode::ExactlyOneOrderIdRequired,
        ErrorCode::UserOrderIdInvalid,
        ErrorCode::PortfolioNotSupported,
        ErrorCode::ServerError,
        ErrorCode::TwoFactorCodeInvalid,
        ErrorCode::ApiDiscontinued,
        ErrorCode::OrderInfoApiLimitOnly,
        ErrorCode::UserNotFound,
        ErrorCode::AssetWithdrawalSuspended,
        ErrorCode::WithdrawalRejected,
        ErrorCode::DailyWithdrawalLimitExceeded,
        ErrorCode::WithdrawalDelayedAfterKrwDeposit,
        ErrorCode::PhoneVerificationRequired,
        ErrorCode::BalanceError,
        ErrorCode::AccountFlaggedByFds,
        ErrorCode::AccountLocked,
        ErrorCode::WithdrawalRestrictedByMaster,
    ];

    /// The code as the API sends it.
    #[rustfmt::skip]
    #[must_use]
    pub const fn as_str(self) -> &'static str {
        match self {
            ErrorCode::UserBlocked => "4",
            ErrorCode::RequestTokenRequired => "8",
            ErrorCode::IpNotAllowed => "10",
            ErrorCode::AccessTokenMissing => "11",
            ErrorCode::AccessTokenInvalid => "12",
            ErrorCode::ServiceNotFound => "20",
            ErrorCode::ApiRegistrationRequired => "21",
            ErrorCode::ServiceNotApproved => "22",
            ErrorCode::AppSecretInvalid => "23",
            ErrorCode::AppIdInvalid => "24",
            ErrorCode::RequestTokenNotFound => "25",
            ErrorCode::RequestTokenDeleteFailed => "26",
            ErrorCode::AccessTokenNotFound => "27",
            ErrorCode::AccessTokenDeleteFailed => "28",
            ErrorCode::AccessTokenRefreshFailed => "29",
            ErrorCode::ApiPermissionDenied => "40",
            ErrorCode::IdentityVerificationRequired => "50",
            ErrorCode::ApiNoLongerAvailable => "51",
            ErrorCode::RealNameAccountRequired => "52",
            ErrorCode::TwoFactorAuthFailed => "53",
            ErrorCode::InvalidFormat => "101",
            ErrorCode::BalanceInsufficient => "103",
            ErrorCode::OrderNotFound => "104",
            ErrorCode::PriceNotCorrect => "105",
            ErrorCode::ParameterError => "107",
            ErrorCode::UnknownCurrency => "108",
            ErrorCode::UnknownMarket => "109",
            ErrorCode::PriceTooFarFromMarket => "111",
            ErrorCode::QuantityTooLow => "113",
            ErrorCode::OrderQuantityInvalid => "114",
            ErrorCode::MaxQuantityExceeded => "115",
            ErrorCode::OrderAlreadyFilled => "116",
            ErrorCode::OrderAlreadyCanceled => "117",
            ErrorCode::OrderAlreadySubmitted => "118",
            ErrorCode::PayloadMissing => "120",
            ErrorCode::SignatureMissing => "121",
            ErrorCode::NonceMissing => "122",
            ErrorCode::SignatureInvalid => "123",
            ErrorCode::NonceNotPositiveInteger => "130",
            ErrorCode::NonceNotIncreasing => "131",
            ErrorCode::NonceAlreadyUsed => "132",
            ErrorCode::NonceNotUuid => "133",
            ErrorCode::V1TokenNotAccepted => "151",
            ErrorCode::AddressInvalid => "152",
            ErrorCode::AddressBlockedByFds => "153",
            ErrorCode::AddressNotRegisteredForApi => "154",
            ErrorCode::DepositAddressRequired => "155",
            ErrorCode::WithdrawalAddressNotFound => "156",
            ErrorCode::WithdrawalBalanceInsufficient => "157",
            ErrorCode::WithdrawalBelowMinimum => "158",
            ErrorCode::MemoRequired => "159",
            ErrorCode::TransactionIdInvalid => "160",
            ErrorCode::PriceRequired => "161",
            ErrorCode::QuantityRequired => "162",
            ErrorCode::PostOnlyRequired => "163",
            ErrorCode::TriggerPriceRequired => "164",
            ErrorCode::AmountRequired => "165",
            ErrorCode::OrderTypeNotSupported => "166",
            ErrorCode::TriggerPriceEqualsCurrentPrice => "167",
            ErrorCode::WithdrawalQuantityInvalid => "202",
            ErrorCode::OrderInfoInvalid => "300",
            ErrorCode::SellPriceBelowBase => "301",
            ErrorCode::SellPriceAboveBase => "302",
            ErrorCode::BuyPriceBelowBase => "303",
            ErrorCode::BuyPriceAboveBase => "304",
            ErrorCode::QuantityInvalid => "305",
            ErrorCode::OrderBelowMinimumQuantity => "306",
            ErrorCode::OrderAboveMaximumQuantity => "307",
            ErrorCode::PriceOutOfRange => "308",
            ErrorCode::QuantityOutOfRange => "309",
            ErrorCode::PriceUnitInvalid => "310",
            ErrorCode::QuantityUnitInvalid => "311",
            ErrorCode::UserOrderIdDuplicated => "312",
            ErrorCode::ExactlyOneOrderIdRequired => "313",
            ErrorCode::UserOrderIdInvalid => "314",
            ErrorCode::PortfolioNotSupported => "315",
            ErrorCode::ServerError => "405",
            ErrorCode::TwoFactorCodeInvalid => "777",
            ErrorCode::ApiDiscontinued => "1201",
            ErrorCode::OrderInfoApiLimitOnly => "1202",
            ErrorCode::UserNotFound => "1206",
            ErrorCode::AssetWithdrawalSuspended => "3001",
            ErrorCode::WithdrawalRejected => "3002",
            ErrorCode::DailyWithdrawalLimitExceeded => "3003",
            ErrorCode::WithdrawalDelayedAfterKrwDeposit => "3004",
            ErrorCode::PhoneVerificationRequired => "3005",
            ErrorCode::BalanceError => "3007",
            ErrorCode::AccountFlaggedByFds => "3009",
            ErrorCode::AccountLocked => "3010",
            ErrorCode::WithdrawalRestrictedByMaster => "3011",
        }
    }

    /// The code for a wire code, or `None` when the catalog does not know it.
    #[rustfmt::skip]
    #[must_use]
    pub fn from_code(code: &str) -> Option<Self> {
        match code {
            "4" => Some(ErrorCode::UserBlocked),
            "8" => Some(ErrorCode::RequestTokenRequired),
            "10" => Some(ErrorCode::IpNotAllowed),
            "11" => Some(ErrorCode::AccessTokenMissing),
            "12" => Some(ErrorCode::AccessTokenInvalid),
            "20" => Some(ErrorCode::ServiceNotFound),
            "21" => Some(ErrorCode::ApiRegistrationRequired),
            "22" => Some(ErrorCode::ServiceNotApproved),
            "23" => Some(ErrorCode::AppSecretInvalid),
            "24" => Some(ErrorCode::AppIdInvalid),
            "25" => Some(ErrorCode::RequestTokenNotFound),
            "26" => Some(ErrorCode::RequestTokenDeleteFailed),
            "27" => Some(ErrorCode::AccessTokenNotFound),
            "28" => Some(ErrorCode::AccessTokenDeleteFailed),
            "29" => Some(ErrorCode::AccessTokenRefreshFailed),
            "40" => Some(ErrorCode::ApiPermissionDenied),
            "50" => Some(ErrorCode::IdentityVerificationRequired),
            "51" => Some(ErrorCode::ApiNoLongerAvailable),
            "52" => Some(ErrorCode::RealNameAccountRequired),
            "53" => Some(ErrorCode::TwoFactorAuthFailed),
            "101" => Some(ErrorCode::InvalidFormat),
            "103" => Some(ErrorCode::BalanceInsufficient),
            "104" => Some(ErrorCode::OrderNotFound),
            "105" => Some(ErrorCode::PriceNotCorrect),
            "107" => Some(ErrorCode::ParameterError),
            "108" => Some(ErrorCode::UnknownCurrency),
            "109" => Some(ErrorCode::UnknownMarket),
            "111" => Some(ErrorCode::PriceTooFarFromMarket),
            "113" => Some(ErrorCode::QuantityTooLow),
            "114" => Some(ErrorCode::OrderQuantityInvalid),
            "115" => Some(ErrorCode::MaxQuantityExceeded),
            "116" => Some(ErrorCode::OrderAlreadyFilled),
            "117" => Some(ErrorCode::OrderAlreadyCanceled),
            "118" => Some(ErrorCode::OrderAlreadySubmitted),
            "120" => Some(ErrorCode::PayloadMissing),
            "121" => Some(ErrorCode::SignatureMissing),
            "122" => Some(ErrorCode::NonceMissing),
            "123" => Some(ErrorCode::SignatureInvalid),
            "130" => Some(ErrorCode::NonceNotPositiveInteger),
            "131" => Some(ErrorCode::NonceNotIncreasing),
            "132" => Some(ErrorCode::NonceAlreadyUsed),
            "133" => Some(ErrorCode::NonceNotUuid),
            "151" => Some(ErrorCode::V1TokenNotAccepted),
            "152" => Some(ErrorCode::AddressInvalid),
            "153" => Some(ErrorCode::AddressBlockedByFds),
            "154" => Some(ErrorCode::AddressNotRegisteredForApi),
            "155" => Some(ErrorCode::DepositAddressRequired),
            "156" => Some(ErrorCode::WithdrawalAddressNotFound),
            "157" => Some(ErrorCode::WithdrawalBalanceInsufficient),
            "158" => Some(ErrorCode::WithdrawalBelowMinimum),
            "159" => Some(ErrorCode::MemoRequired),
            "160" => Some(ErrorCode::TransactionIdInvalid),
            "161" => Some(ErrorCode::PriceRequired),
            "162" => Some(ErrorCode::QuantityRequired),
            "163" => Some(ErrorCode::PostOnlyRequired),
            "164" => Some(ErrorCode::TriggerPriceRequired),
            "165" => Some(ErrorCode::AmountRequired),
            "166" => Some(ErrorCode::OrderTypeNotSupported),
            "167" => Some(ErrorCode::TriggerPriceEqualsCurrentPrice),
            "202" => Some(ErrorCode::WithdrawalQuantityInvalid),
            "300" => Some(ErrorCode::OrderInfoInvalid),
            "301" => Some(ErrorCode::SellPriceBelowBase),
            "302" => Some(ErrorCode::SellPriceAboveBase),
            "303" => Some(ErrorCode::BuyPriceBelowBase),
            "304" => Some(ErrorCode::BuyPriceAboveBase),
            "305" => Some(ErrorCode::QuantityInvalid),
            "306" => Some(ErrorCode::OrderBelowMinimumQuantity),
            "307" => Some(ErrorCode::OrderAboveMaximumQuantity),
            "308" => Some(ErrorCode::PriceOutOfRange),
            "309" => Some(ErrorCode::QuantityOutOfRange),
            "310" => Some(ErrorCode::PriceUnitInvalid),
            "311" => Some(ErrorCode::QuantityUnitInvalid),
            "312" => Some(ErrorCode::UserOrderIdDuplicated),
            "313" => Some(ErrorCode::ExactlyOneOrderIdRequired),
            "314" => Some(ErrorCode::UserOrderIdInvalid),
            "315" => Some(ErrorCode::PortfolioNotSupported),
            "405" => Some(ErrorCode::ServerError),
            "777" => Some(ErrorCode::TwoFactorCodeInvalid),
            "1201" => Some(ErrorCode::ApiDiscontinued),
            "1202" => Some(ErrorCode::OrderInfoApiLimitOnly),
            "1206" => Some(ErrorCode::UserNotFound),
            "3001" => Some(ErrorCode::AssetWithdrawalSuspended),
            "3002" => Some(ErrorCode::WithdrawalRejected),
            "3003" => Some(ErrorCode::DailyWithdrawalLimitExceeded),
            "3004" => Some(ErrorCode::WithdrawalDelayedAfterKrwDeposit),
            "3005" => Some(ErrorCode::PhoneVerificationRequired),
            "3007" => Some(ErrorCode::BalanceError),
            "3009" => Some(ErrorCode::AccountFlaggedByFds),
            "3010" => Some(ErrorCode::AccountLocked),
            "3011" => Some(ErrorCode::WithdrawalRestrictedByMaster),
            _ => None,
        }
    }

    /// Everything the catalog says about this code.
    #[must_use]
    pub fn info(self) -> &'static ErrorInfo {
        &crate::catalog::ERRORS[self as usize]
    }

    /// Whether the catalog deprecates this code.
    #[must_use]
    pub fn is_deprecated(self) -> bool {
        self.info().deprecated.is_some()
    }
}

impl fmt::Display for ErrorCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for ErrorCode {
    type Err = UnknownCode;

    fn from_str(code: &str) -> Result<Self, Self::Err> {
        ErrorCode::from_code(code).ok_or_else(|| UnknownCode(code.to_owned()))
    }
}

/// A wire code the catalog does not know; the error of `ErrorCode::from_str`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct UnknownCode(pub String);

impl fmt::Display for UnknownCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "unknown error code {:?}", self.0)
    }
}

impl std::error::Error for UnknownCode {}
