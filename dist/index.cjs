"use strict";
// Generated from spec/errors.yaml by coinone-error-codes. Do not edit: change the spec and run `npm run generate`.

Object.defineProperty(exports, "__esModule", { value: true });
exports.isCoinoneErrorCode = isCoinoneErrorCode;
exports.parseCoinoneError = parseCoinoneError;
exports.describeCoinoneError = describeCoinoneError;
exports.isRetryableCoinoneError = isRetryableCoinoneError;
exports.retryAfterMsOfCoinoneError = retryAfterMsOfCoinoneError;
exports.toCoinoneProblemDetails = toCoinoneProblemDetails;

/**
 * Error codes of Coinone Open API errors. Each value is the code string sent on the wire in `error_code`.
 *
 * Key on the code, never on the message: the server's message can differ from the documented one.
 */
var CoinoneErrorCode = exports.CoinoneErrorCode = /* @__PURE__ */ (function (CoinoneErrorCode) {
  /**
   * Access by this user is restricted.
   *
   * (ko) 제한된 사용자의 접근입니다.
   *
   * Wire message: "Blocked user access"
   * Category: account
   * Error class: rate-limit
   * Retryable: yes, after 60 s
   */
  CoinoneErrorCode["UserBlocked"] = "4";
  /**
   * The request token parameter is required.
   *
   * (ko) 토큰 파라미터 요청이 필요 합니다.
   *
   * Wire message: "Request Token Parameter is needed"
   * Category: authentication
   * Error class: authentication
   * Retryable: no
   */
  CoinoneErrorCode["RequestTokenRequired"] = "8";
  /**
   * The request comes from an IP address whose access is restricted.
   *
   * (ko) 접근이 제한된 IP로부터의 요청입니다.
   *
   * Wire message: "This IP address is not allowed."
   * Category: api-access
   * Error class: permission
   * Retryable: no
   */
  CoinoneErrorCode["IpNotAllowed"] = "10";
  /**
   * An access token is required.
   *
   * (ko) 액세스 토큰 필요 합니다.
   *
   * Wire message: "Access token is missing"
   * Category: authentication
   * Error class: authentication
   * Retryable: no
   */
  CoinoneErrorCode["AccessTokenMissing"] = "11";
  /**
   * The access token is not valid.
   *
   * (ko) 유효하지 않은 액세스 토큰입니다.
   *
   * Wire message: "Invalid access token"
   * Category: authentication
   * Error class: authentication
   * Retryable: no
   */
  CoinoneErrorCode["AccessTokenInvalid"] = "12";
  /**
   * The requested API service does not exist.
   *
   * (ko) 존재하지 않은 API 서비스입니다.
   *
   * Wire message: "This service does not exist"
   * Category: api-access
   * Error class: bad-request
   * Retryable: no
   */
  CoinoneErrorCode["ServiceNotFound"] = "20";
  /**
   * You need to register before you can use the API.
   *
   * (ko) API 사용을 위한 등록이 필요 합니다.
   *
   * Wire message: "Customers who need to register for API usage"
   * Category: api-access
   * Error class: permission
   * Retryable: no
   */
  CoinoneErrorCode["ApiRegistrationRequired"] = "21";
  /**
   * The service has not been approved.
   *
   * (ko) 승인되지 않은 서비스입니다.
   *
   * Wire message: "This service is not approved"
   * Category: api-access
   * Error class: permission
   * Retryable: no
   */
  CoinoneErrorCode["ServiceNotApproved"] = "22";
  /**
   * The App Secret is not valid. Please check its status in the Open API menu on the Coinone website.
   *
   * (ko) 유효하지 않은 App Secret 입니다. 코인원 웹 > Open API 메뉴에서 상태 확인 부탁드립니다.
   *
   * Wire message: "Invalid App Secret"
   * Category: authentication
   * Error class: authentication
   * Retryable: no
   */
  CoinoneErrorCode["AppSecretInvalid"] = "23";
  /**
   * The App ID is not valid. Please check its status in the Open API menu on the Coinone website.
   *
   * (ko) 유효하지 않은 APP ID 입니다. 코인원 웹 > Open API 메뉴에서 상태 확인 부탁드립니다.
   *
   * Wire message: "Invalid App Id"
   * Category: authentication
   * Error class: authentication
   * Retryable: no
   */
  CoinoneErrorCode["AppIdInvalid"] = "24";
  /**
   * The request token does not exist.
   *
   * (ko) 존재하지 않은 Request Token 입니다.
   *
   * Wire message: "Request Token does not exist"
   * Category: authentication
   * Error class: authentication
   * Retryable: no
   */
  CoinoneErrorCode["RequestTokenNotFound"] = "25";
  /**
   * The request token could not be deleted.
   *
   * (ko) Request Token 삭제를 실패 하였습니다.
   *
   * Wire message: "Failed to delete Request Token"
   * Category: authentication
   * Error class: exchange-error
   * Retryable: no
   */
  CoinoneErrorCode["RequestTokenDeleteFailed"] = "26";
  /**
   * The access token does not exist.
   *
   * (ko) 존재하지 않은 Access Token 입니다.
   *
   * Wire message: "Access Token does not exist"
   * Category: authentication
   * Error class: authentication
   * Retryable: no
   */
  CoinoneErrorCode["AccessTokenNotFound"] = "27";
  /**
   * The access token could not be deleted.
   *
   * (ko) Access Token 삭제 실패 하였습니다.
   *
   * Wire message: "Failed to delete Access Token"
   * Category: authentication
   * Error class: exchange-error
   * Retryable: no
   */
  CoinoneErrorCode["AccessTokenDeleteFailed"] = "28";
  /**
   * The access token could not be refreshed.
   *
   * (ko) Access Token을 리프레쉬 하는데 실패 하였습니다.
   *
   * Wire message: "Failed to refresh Access Token"
   * Category: authentication
   * Error class: exchange-error
   * Retryable: no
   */
  CoinoneErrorCode["AccessTokenRefreshFailed"] = "29";
  /**
   * The API permission has not been approved.
   *
   * (ko) 승인되지 않은 API 권한입니다.
   *
   * Wire message: "Invalid API permission"
   * Category: api-access
   * Error class: permission
   * Retryable: no
   */
  CoinoneErrorCode["ApiPermissionDenied"] = "40";
  /**
   * You can use the API after completing KYC identity verification on the Coinone website or app.
   *
   * (ko) 코인원 웹이나 앱을 통한 KYC 인증 이후 API 이용이 가능합니다.
   *
   * Wire message: "You can use the API after complete Coinone identity verification by web or app"
   * Category: account
   * Error class: verification-required
   * Retryable: no
   */
  CoinoneErrorCode["IdentityVerificationRequired"] = "50";
  /**
   * This API is no longer valid.
   *
   * (ko) 더 이상 유효하지 않은 API 입니다.
   *
   * Wire message: "This API is no longer available"
   * Category: api-access
   * Error class: not-supported
   * Retryable: no
   */
  CoinoneErrorCode["ApiNoLongerAvailable"] = "51";
  /**
   * You have not completed real-name bank account verification. Please verify your real-name account in the Coinone app.
   *
   * (ko) 실명 계좌 인증을 완료하지 않은 고객 입니다. 코인원 앱을 통해 실명 계좌 인증이 필요 합니다.
   *
   * Wire message: "Customers who did not complete the real name account verification are not allowed to use this service"
   * Category: account
   * Error class: verification-required
   * Retryable: no
   */
  CoinoneErrorCode["RealNameAccountRequired"] = "52";
  /**
   * Two-factor authentication failed.
   *
   * (ko) 2-Factor 인증 실패 하였습니다.
   *
   * Wire message: "Two Factor Auth Fail"
   * Category: authentication
   * Error class: authentication
   * Retryable: no
   */
  CoinoneErrorCode["TwoFactorAuthFailed"] = "53";
  /**
   * The format is not valid.
   *
   * (ko) 유효하지 않은 포맷입니다.
   *
   * Wire message: "Invalid format"
   * Category: request
   * Error class: bad-request
   * Retryable: no
   */
  CoinoneErrorCode["InvalidFormat"] = "101";
  /**
   * The balance is insufficient.
   *
   * (ko) 잔고가 부족 합니다.
   *
   * Wire message: "Lack of Balance"
   * Category: balance
   * Error class: insufficient-funds
   * Retryable: no
   */
  CoinoneErrorCode["BalanceInsufficient"] = "103";
  /**
   * The order does not exist.
   *
   * (ko) 존재하지 않은 주문입니다.
   *
   * Wire message: "Order id is not exist"
   * Category: order
   * Error class: order-not-found
   * Retryable: no
   */
  CoinoneErrorCode["OrderNotFound"] = "104";
  /**
   * The price is not valid.
   *
   * (ko) 올바르지 않은 가격입니다.
   *
   * Wire message: "Price is not correct"
   * Category: order
   * Error class: invalid-order
   * Retryable: no
   */
  CoinoneErrorCode["PriceNotCorrect"] = "105";
  /**
   * A request parameter is wrong.
   *
   * (ko) 파라메터 에러입니다.
   *
   * Wire message: "Parameter error"
   * Category: request
   * Error class: bad-request
   * Retryable: no
   */
  CoinoneErrorCode["ParameterError"] = "107";
  /**
   * The asset symbol does not exist.
   *
   * (ko) 존재하지 않은 종목 심볼입니다.
   *
   * Wire message: "Unknown cryptocurrency"
   * Category: request
   * Error class: unknown-symbol
   * Retryable: no
   */
  CoinoneErrorCode["UnknownCurrency"] = "108";
  /**
   * The trading pair does not exist.
   *
   * (ko) 존재하지 않은 거래 종목입니다.
   *
   * Wire message: "Unknown cryptocurrency pair"
   * Category: request
   * Error class: unknown-symbol
   * Retryable: no
   */
  CoinoneErrorCode["UnknownMarket"] = "109";
  /**
   * The order cannot be placed because the order price is too far from the current price.
   *
   * (ko) 주문 가격과 현재 가격의 현격한 차이로 주문이 불가 합니다.
   *
   * Wire message: "The order unavailable due to significant price difference between the order price and the current price"
   * Category: order
   * Error class: invalid-order
   * Retryable: no
   */
  CoinoneErrorCode["PriceTooFarFromMarket"] = "111";
  /**
   * The request cannot be processed because the quantity is below the minimum.
   *
   * (ko) 최소 수량 미달로 요청이 불가 합니다.
   *
   * Wire message: "Quantity is too low"
   * Category: order
   * Error class: invalid-order
   * Retryable: no
   */
  CoinoneErrorCode["QuantityTooLow"] = "113";
  /**
   * The order quantity is not valid.
   *
   * (ko) 유효하지 않은 주문 수량 입니다.
   *
   * Wire message: "This is not a valid your order amount"
   * Category: order
   * Error class: invalid-order
   * Retryable: no
   */
  CoinoneErrorCode["OrderQuantityInvalid"] = "114";
  /**
   * The quantity you hold plus the quantity in your open orders exceeds the maximum quantity.
   *
   * (ko) 보유 수량과 등록된 주문 수량의 합 최대 수량을 초과 하였습니다.
   *
   * Wire message: "The sum of the holding quantity and the quantity of active orders has exceeded the maximum quantity"
   * Category: order
   * Error class: invalid-order
   * Retryable: no
   */
  CoinoneErrorCode["MaxQuantityExceeded"] = "115";
  /**
   * The order has already been filled.
   *
   * (ko) 이미 체결된 주문입니다.
   *
   * Wire message: "Already Traded"
   * Category: order
   * Error class: invalid-order
   * Retryable: no
   */
  CoinoneErrorCode["OrderAlreadyFilled"] = "116";
  /**
   * The order has already been canceled.
   *
   * (ko) 이미 취소된 주문입니다.
   *
   * Wire message: "Already Canceled"
   * Category: order
   * Error class: invalid-order
   * Retryable: no
   */
  CoinoneErrorCode["OrderAlreadyCanceled"] = "117";
  /**
   * The order has already been placed.
   *
   * (ko) 이미 등록된 주문입니다.
   *
   * Wire message: "Already Submitted."
   * Category: order
   * Error class: invalid-order
   * Retryable: no
   */
  CoinoneErrorCode["OrderAlreadySubmitted"] = "118";
  /**
   * The V2 API payload is required.
   *
   * (ko) V2 API payload 값 입력이 필요 합니다.
   *
   * Wire message: "V2 API payload is missing"
   * Category: signature
   * Error class: authentication
   * Retryable: no
   */
  CoinoneErrorCode["PayloadMissing"] = "120";
  /**
   * The V2 API signature is required.
   *
   * (ko) V2 API signature 값 입력이 필요 합니다.
   *
   * Wire message: "V2 API signature is missing"
   * Category: signature
   * Error class: authentication
   * Retryable: no
   */
  CoinoneErrorCode["SignatureMissing"] = "121";
  /**
   * The V2 API nonce is required.
   *
   * (ko) V2 API nonce 값 입력이 필요 합니다.
   *
   * Wire message: "V2 API nonce is missing"
   * Category: signature
   * Error class: authentication
   * Retryable: no
   */
  CoinoneErrorCode["NonceMissing"] = "122";
  /**
   * The V2 API signature is not correct.
   *
   * (ko) V2 API signature 값이 올바르지 않습니다.
   *
   * Wire message: "V2 API signature is not correct"
   * Category: signature
   * Error class: authentication
   * Retryable: no
   */
  CoinoneErrorCode["SignatureInvalid"] = "123";
  /**
   * The V2 API nonce must be a positive number.
   *
   * (ko) V2 API Nonce 값은 양의 숫자 값이어야 합니다.
   *
   * Wire message: "V2 API Nonce value must be a positive integer"
   * Category: signature
   * Error class: bad-request
   * Retryable: no
   */
  CoinoneErrorCode["NonceNotPositiveInteger"] = "130";
  /**
   * The V2 API nonce must be greater than the previous nonce.
   *
   * (ko) V2 API Nonce 값은 이전 Nonce 값보다 커야 합니다.
   *
   * Wire message: "V2 API Nonce is must be bigger then last nonce"
   * Category: signature
   * Error class: invalid-nonce
   * Retryable: no
   */
  CoinoneErrorCode["NonceNotIncreasing"] = "131";
  /**
   * This nonce has already been used.
   *
   * (ko) 이미 사용된 Nonce 값 입니다.
   *
   * Wire message: "Nonce already used"
   * Category: signature
   * Error class: invalid-nonce
   * Retryable: no
   */
  CoinoneErrorCode["NonceAlreadyUsed"] = "132";
  /**
   * The nonce must be a UUID.
   *
   * (ko) Nonce값은 UUID 포맷이어야 합니다.
   *
   * Wire message: "Nonce must be in the form of a UUID"
   * Category: signature
   * Error class: bad-request
   * Retryable: no
   */
  CoinoneErrorCode["NonceNotUuid"] = "133";
  /**
   * The V2 API cannot be used with a V1 access token.
   *
   * (ko) V1의 Access Token으로는 V2 API 이용이 불가합니다.
   *
   * Wire message: "It's V2 API. V1 Access token is not acceptable"
   * Category: authentication
   * Error class: authentication
   * Retryable: no
   */
  CoinoneErrorCode["V1TokenNotAccepted"] = "151";
  /**
   * The address is not valid.
   *
   * (ko) 유효하지 않은 주소입니다.
   *
   * Wire message: "Invalid address"
   * Category: withdrawal
   * Error class: invalid-address
   * Retryable: no
   */
  CoinoneErrorCode["AddressInvalid"] = "152";
  /**
   * The address is restricted by the fraud detection system (FDS). Please contact the customer center.
   *
   * (ko) FDS에 의해 제한된 주소입니다. 고객 센터로 연락 부탁드립니다.
   *
   * Wire message: "The address is detected by FDS. Please contact our customer center"
   * Category: withdrawal
   * Error class: invalid-address
   * Retryable: no
   */
  CoinoneErrorCode["AddressBlockedByFds"] = "153";
  /**
   * The address must be registered as an API withdrawal address.
   *
   * (ko) API 출금 주소 등록이 필요한 주소입니다.
   *
   * Wire message: "The address is not registered as an API withdrawal address"
   * Category: withdrawal
   * Error class: invalid-address
   * Retryable: no
   */
  CoinoneErrorCode["AddressNotRegisteredForApi"] = "154";
  /**
   * Withdrawing through the CODE solution requires a deposit address. Create a deposit address on the Coinone website or app, then try again.
   *
   * (ko) CODE 솔루션을 통한 출금을 위해서는 입금 주소 생성이 필요합니다. 코인원 웹/앱에서 입금주소 생성 후 요청하시기 바랍니다.
   *
   * Wire message: "Withdrawal through the 'CODE Solution' requires registration of the deposit address"
   * Category: withdrawal
   * Error class: operation-rejected
   * Retryable: no
   */
  CoinoneErrorCode["DepositAddressRequired"] = "155";
  /**
   * The withdrawal address does not exist.
   *
   * (ko) 존재하지 않은 출금 주소입니다.
   *
   * Wire message: "The withdrawal address does not exist"
   * Category: withdrawal
   * Error class: invalid-address
   * Retryable: no
   */
  CoinoneErrorCode["WithdrawalAddressNotFound"] = "156";
  /**
   * The balance is not sufficient.
   *
   * (ko) 잔액이 부족합니다.
   *
   * Wire message: "Insufficient balance"
   * Category: withdrawal
   * Error class: insufficient-funds
   * Retryable: no
   */
  CoinoneErrorCode["WithdrawalBalanceInsufficient"] = "157";
  /**
   * The amount is less than the minimum withdrawal amount.
   *
   * (ko) 최소 출금 가능 금액보다 부족합니다.
   *
   * Wire message: "Minimum withdrawal quantity insufficient"
   * Category: withdrawal
   * Error class: bad-request
   * Retryable: no
   */
  CoinoneErrorCode["WithdrawalBelowMinimum"] = "158";
  /**
   * A memo is required for this withdrawal.
   *
   * (ko) 출금을 위해서는 Memo 입력이 필요합니다.
   *
   * Wire message: "Required the memo to proceed with the withdrawal"
   * Category: withdrawal
   * Error class: bad-request
   * Retryable: no
   */
  CoinoneErrorCode["MemoRequired"] = "159";
  /**
   * The deposit or withdrawal ID given when looking up a single deposit or withdrawal is not valid.
   *
   * (ko) 단일 입출금 내역 조회 시 올바르지 않은 입출금 내역 식별 ID가 입력된 경우입니다.
   *
   * Wire message: "Withdrawal/Deposit id is invalid"
   * Category: withdrawal
   * Error class: bad-request
   * Retryable: no
   */
  CoinoneErrorCode["TransactionIdInvalid"] = "160";
  /**
   * The price field, required for limit and stop-limit orders, was not given.
   *
   * (ko) 지정가, 예약 지정가 주문시 필수정보인 가격필드가 입력되지 않은 경우입니다.
   *
   * Wire message: "price is required for LIMIT or STOP_LIMIT order."
   * Category: order
   * Error class: invalid-order
   * Retryable: no
   */
  CoinoneErrorCode["PriceRequired"] = "161";
  /**
   * The quantity field, required for limit, stop-limit and market (sell) orders, was not given.
   *
   * (ko) 지정가, 예약 지정가, 시장가(매도), 주문시 필수정보인 수량필드가 입력되지 않은 경우입니다.
   *
   * Wire message: "qty is required for LIMIT or STOP_LIMIT or MARKET(SELL) order."
   * Category: order
   * Error class: invalid-order
   * Retryable: no
   */
  CoinoneErrorCode["QuantityRequired"] = "162";
  /**
   * The post_only field, required for limit orders, was not given.
   *
   * (ko) 지정가 주문시 필수정보인 post_only필드가 입력되지 않은 경우입니다.
   *
   * Wire message: "post_only is required for LIMIT order."
   * Category: order
   * Error class: invalid-order
   * Retryable: no
   */
  CoinoneErrorCode["PostOnlyRequired"] = "163";
  /**
   * The trigger_price field, required for stop-limit orders, was not given.
   *
   * (ko) 예약 지정가 주문시 필수정보인 trigger_price 필드가 입력되지 않은 경우입니다.
   *
   * Wire message: "trigger_price is required for STOP_LIMIT order"
   * Category: order
   * Error class: invalid-order
   * Retryable: no
   */
  CoinoneErrorCode["TriggerPriceRequired"] = "164";
  /**
   * The total amount field, required for market (buy) orders, was not given.
   *
   * (ko) 시장가(매수) 주문시 필수정보인 총액필드가 입력되지 않은 경우입니다.
   *
   * Wire message: "amount is required for MARKET(BUY) order."
   * Category: order
   * Error class: invalid-order
   * Retryable: no
   */
  CoinoneErrorCode["AmountRequired"] = "165";
  /**
   * The order type given in a V2.1 Order API request is not supported. Supported order types: LIMIT, MARKET, STOP_LIMIT (upper case only).
   *
   * (ko) V2.1 Order API 요청시 입력한 주문타입이 지원하지 않는 주문타입인 경우입니다. 가능한 주문 타입 : LIMIT, MARKET, STOP_LIMIT (대문자만 가능)
   *
   * Wire message: "Not Supported Order Type."
   * Category: order
   * Error class: invalid-order
   * Retryable: no
   */
  CoinoneErrorCode["OrderTypeNotSupported"] = "166";
  /**
   * For a stop-limit order, the trigger_price given equals the coin's current price.
   *
   * (ko) 예약지정가 주문시 trigger_price 에 입력하신 값이 해당 코인의 현재가와 동일한 경우입니다.
   *
   * Wire message: "trigger price and current price can not be same."
   * Category: order
   * Error class: invalid-order
   * Retryable: no
   */
  CoinoneErrorCode["TriggerPriceEqualsCurrentPrice"] = "167";
  /**
   * The withdrawal quantity is not valid (below the minimum withdrawal quantity, or more decimal places than supported).
   *
   * (ko) 옳바르지 않은 출금 수량입니다. (최소 출금 수량 미만 혹은 지원하지 않는 자릿수)
   *
   * Wire message: "Withdrawal quantity is not correct"
   * Category: withdrawal
   * Error class: bad-request
   * Retryable: no
   */
  CoinoneErrorCode["WithdrawalQuantityInvalid"] = "202";
  /**
   * The order information is not valid.
   *
   * (ko) 유효하지 않은 주문 정보입니다.
   *
   * Wire message: "Invalid order information"
   * Category: order
   * Error class: invalid-order
   * Retryable: no
   */
  CoinoneErrorCode["OrderInfoInvalid"] = "300";
  /**
   * Sell orders cannot be placed at or below the base price.
   *
   * (ko) 기본가 이하로는 매도 주문 등록 불가 합니다.
   *
   * Wire message: "Cannot register selling orders below the base price"
   * Category: order
   * Error class: invalid-order
   * Retryable: no
   */
  CoinoneErrorCode["SellPriceBelowBase"] = "301";
  /**
   * Sell orders cannot be placed at or above the base price.
   *
   * (ko) 기본가격 이상으로는 매도 주문 등록 불가 합니다.
   *
   * Wire message: "Cannot register selling orders above the base price"
   * Category: order
   * Error class: invalid-order
   * Retryable: no
   */
  CoinoneErrorCode["SellPriceAboveBase"] = "302";
  /**
   * Buy orders cannot be placed at or below the base price.
   *
   * (ko) 기본가격 이하로는 매수 주문 등록 불가 합니다.
   *
   * Wire message: "Cannot register buying orders below the base price"
   * Category: order
   * Error class: invalid-order
   * Retryable: no
   */
  CoinoneErrorCode["BuyPriceBelowBase"] = "303";
  /**
   * Buy orders cannot be placed at or above the base price.
   *
   * (ko) 기본가격 이상으로는 매수 주문 등록 불가 합니다.
   *
   * Wire message: "Cannot register buying orders above the base price"
   * Category: order
   * Error class: invalid-order
   * Retryable: no
   */
  CoinoneErrorCode["BuyPriceAboveBase"] = "304";
  /**
   * An invalid quantity was entered.
   *
   * (ko) 잘못된 수량이 입력되었습니다.
   *
   * Wire message: "Invalid quantity"
   * Category: order
   * Error class: invalid-order
   * Retryable: no
   */
  CoinoneErrorCode["QuantityInvalid"] = "305";
  /**
   * Orders at or below the minimum quantity cannot be placed.
   *
   * (ko) 최소 수량 이하로는 주문이 불가 합니다.
   *
   * Wire message: "Cannot be process the orders below the minimum amount"
   * Category: order
   * Error class: invalid-order
   * Retryable: no
   */
  CoinoneErrorCode["OrderBelowMinimumQuantity"] = "306";
  /**
   * Orders at or above the maximum quantity cannot be placed.
   *
   * (ko) 최대 수량 이상으로는 주문이 불가 합니다.
   *
   * Wire message: "Cannot be process the orders exceed the maximum amount"
   * Category: order
   * Error class: invalid-order
   * Retryable: no
   */
  CoinoneErrorCode["OrderAboveMaximumQuantity"] = "307";
  /**
   * The price given in the order request is outside the range from the minimum to the maximum order price.
   *
   * (ko) 주문 요청 시 입력한 가격이 최소 주문 가능 가격~최대 주문 가능 가격 범위를 벗어날 경우 발생합니다.
   *
   * Wire message: "Price is out of range."
   * Category: order
   * Error class: invalid-order
   * Retryable: no
   */
  CoinoneErrorCode["PriceOutOfRange"] = "308";
  /**
   * The quantity given in the order request is outside the range from the minimum to the maximum order quantity.
   *
   * (ko) 주문 요청 시 입력한 수량이 최소 주문 가능 수량~최대 주문 가능 수량을 벗어날 경우 발생합니다.
   *
   * Wire message: "Qty is out of range."
   * Category: order
   * Error class: invalid-order
   * Retryable: no
   */
  CoinoneErrorCode["QuantityOutOfRange"] = "309";
  /**
   * The price unit is not valid.
   *
   * (ko) 가격 단위가 유효하지 않을 때 발생합니다.
   *
   * Wire message: "Unavailable price unit. Please check the Range unit API to get the price_unit."
   * Category: order
   * Error class: invalid-order
   * Retryable: no
   */
  CoinoneErrorCode["PriceUnitInvalid"] = "310";
  /**
   * The quantity unit is not valid.
   *
   * (ko) 수량 단위가 유효하지 않을 때 발생합니다.
   *
   * Wire message: "Unavailable qty unit. Please check the Market API to see the qty_unit."
   * Category: order
   * Error class: invalid-order
   * Retryable: no
   */
  CoinoneErrorCode["QuantityUnitInvalid"] = "311";
  /**
   * The user_order_id is a duplicate.
   *
   * (ko) 중복된 user_order_id
   *
   * Wire message: "Duplicated user_order_id"
   * Category: user-order-id
   * Error class: duplicate-order-id
   * Retryable: no
   */
  CoinoneErrorCode["UserOrderIdDuplicated"] = "312";
  /**
   * Both order_id and user_order_id were given in the request, or neither was.
   *
   * (ko) order_id 와 user_order_id 가 함께 요청되거나, 둘다 입력되지 않았을 경우
   *
   * Wire message: "user_order_id and order_Id cannot be requested together. Otherwise, neither was entered"
   * Category: user-order-id
   * Error class: bad-request
   * Retryable: no
   */
  CoinoneErrorCode["ExactlyOneOrderIdRequired"] = "313";
  /**
   * The user_order_id is not valid (upper-case letters, unsupported special characters, or more than 150 characters).
   *
   * (ko) 잘못된 user_order_id (대문자 혹은 지원하지 않는 특문, 150자 초과)
   *
   * Wire message: "Invalid user_order_id (It must be lower case)"
   * Category: user-order-id
   * Error class: bad-request
   * Retryable: no
   */
  CoinoneErrorCode["UserOrderIdInvalid"] = "314";
  /**
   * This API does not support portfolios.
   *
   * (ko) 포트폴리오를 지원하지 않는 API 입니다.
   *
   * Wire message: "The API does not support a portfolio."
   * Category: api-access
   * Error class: not-supported
   * Retryable: no
   */
  CoinoneErrorCode["PortfolioNotSupported"] = "315";
  /**
   * A server error occurred.
   *
   * (ko) 서버 에러가 발생하였습니다.
   *
   * Wire message: "Server error"
   * Category: server
   * Error class: exchange-unavailable
   * Retryable: yes
   */
  CoinoneErrorCode["ServerError"] = "405";
  /**
   * The two-factor authentication code is not valid.
   *
   * (ko) 유효하지 않은 2-Factor 인증 값입니다.
   *
   * Wire message: "Invalid 2FA"
   * Category: authentication
   * Error class: authentication
   * Retryable: no
   */
  CoinoneErrorCode["TwoFactorCodeInvalid"] = "777";
  /**
   * Looking up a single order with V2 (v2/order/query_order), the order is not a limit order. (This error occurs because V2 does not support market or stop-limit orders.)
   *
   * (ko) v2의 특정 주문 조회 시(v2/order/query_order) 조회하려는 주문이 지정가 주문이 아닌 경우 발생합니다. (v2는 시장가, 예약 지정가를 지원하지 않아 발생하는 에러입니다.)
   *
   * Wire message: "The V2 order API only supports limit order types."
   * Category: api-access
   * Error class: not-supported
   * Retryable: no
   */
  CoinoneErrorCode["ApiDiscontinued"] = "1201";
  /**
   * Looking up a single order with V2.1 (v2.1/order/info), the order is not a limit order. (This error occurs because v2.1/order/info does not support market or stop-limit orders.)
   *
   * (ko) v21의 특정 주문 정보 조회 시(v2.1/order/info) 조회하려는 주문이 지정가 주문이 아닌 경우 발생합니다. (v2.1/order/info는 시장가, 예약 지정가를 지원하지 않아 발생하는 에러입니다.)
   *
   * Wire message: "This API is deprecated and only supports limit order type."
   * Category: api-access
   * Error class: not-supported
   * Retryable: no
   */
  CoinoneErrorCode["OrderInfoApiLimitOnly"] = "1202";
  /**
   * The customer does not exist.
   *
   * (ko) 존재하지 않은 고객입니다.
   *
   * Wire message: "User not found"
   * Category: account
   * Error class: authentication
   * Retryable: no
   */
  CoinoneErrorCode["UserNotFound"] = "1206";
  /**
   * Withdrawals of this virtual asset are suspended, temporarily or permanently. Please check the notices.
   *
   * (ko) 출금이 일시적 혹은 영구적으로 정지된 가상자산입니다. 공지사항을 확인 부탁드립니다.
   *
   * Wire message: "Withdrawal of the virtual asset has been suspended. Please check our notice"
   * Category: withdrawal
   * Error class: operation-rejected
   * Retryable: yes
   */
  CoinoneErrorCode["AssetWithdrawalSuspended"] = "3001";
  /**
   * The withdrawal was rejected for a specific reason.
   *
   * (ko) 출금이 특정 사유로 인해 거절된 상태입니다.
   *
   * Wire message: "Withdrawal is rejected"
   * Category: withdrawal
   * Error class: operation-rejected
   * Retryable: no
   */
  CoinoneErrorCode["WithdrawalRejected"] = "3002";
  /**
   * The daily withdrawal limit has been exceeded.
   *
   * (ko) 일일 출금 가능 수량을 초과 하였습니다.
   *
   * Wire message: "Exceed daily withdrawal limit"
   * Category: withdrawal
   * Error class: operation-rejected
   * Retryable: yes
   */
  CoinoneErrorCode["DailyWithdrawalLimitExceeded"] = "3003";
  /**
   * The withdrawal failed because withdrawals are delayed for 24 hours after a Korean won (KRW) deposit.
   *
   * (ko) 원화 입금으로 인한 24시간 출금지연 상태로 출금에 실패 하였습니다.
   *
   * Wire message: "Failed by 24-hour withdrawal delay policy"
   * Category: withdrawal
   * Error class: operation-rejected
   * Retryable: yes
   */
  CoinoneErrorCode["WithdrawalDelayedAfterKrwDeposit"] = "3004";
  /**
   * Please complete mobile phone number verification, then try again.
   *
   * (ko) 휴대폰 번호 인증 완료 하신 후에 재시도 부탁드립니다.
   *
   * Wire message: "Try again after complete phone verification"
   * Category: account
   * Error class: verification-required
   * Retryable: no
   */
  CoinoneErrorCode["PhoneVerificationRequired"] = "3005";
  /**
   * An error occurred in your balance. Please contact the customer center.
   *
   * (ko) 잔고에 오류가 발생하였습니다. 고객 센터에 연락 부탁드립니다.
   *
   * Wire message: "An error in the balance. Please contact CS center"
   * Category: balance
   * Error class: exchange-error
   * Retryable: no
   */
  CoinoneErrorCode["BalanceError"] = "3007";
  /**
   * The account cannot be used because abnormal trading was detected.
   *
   * (ko) 이상거래에 탐지되어 이용할 수 없는 상태입니다.
   *
   * Wire message: "Account was detected through FDS system monitoring"
   * Category: account
   * Error class: account-suspended
   * Retryable: no
   */
  CoinoneErrorCode["AccountFlaggedByFds"] = "3009";
  /**
   * Withdrawals are not possible because the account is locked. You can unlock it by logging in with the latest version of the app or on the website.
   *
   * (ko) 계정 잠금으로 인해 출금이 불가한 경우입니다. 잠금 해제는 최신 버전의 앱 또는 웹페이지에서 로그인을 통해 진행할 수 있습니다.
   *
   * Wire message: "Account is locked"
   * Category: account
   * Error class: account-suspended
   * Retryable: no
   */
  CoinoneErrorCode["AccountLocked"] = "3010";
  /**
   * The master account has restricted virtual asset withdrawals for this sub-account.
   *
   * (ko) 마스터 계정이 서브 계정의 가상자산 출금을 제한한 상태입니다.
   *
   * Wire message: "Withdrawal is restricted by master account."
   * Category: withdrawal
   * Error class: permission
   * Retryable: no
   */
  CoinoneErrorCode["WithdrawalRestrictedByMaster"] = "3011";
  return CoinoneErrorCode;
})({});

/** The active codes, for the type guard: apart from the metadata so that it can be left out of a bundle. */
const knownCodes = /* @__PURE__ */ new Set(["4", "8", "10", "11", "12", "20", "21", "22", "23", "24", "25", "26", "27", "28", "29", "40", "50", "51", "52", "53", "101", "103", "104", "105", "107", "108", "109", "111", "113", "114", "115", "116", "117", "118", "120", "121", "122", "123", "130", "131", "132", "133", "151", "152", "153", "154", "155", "156", "157", "158", "159", "160", "161", "162", "163", "164", "165", "166", "167", "202", "300", "301", "302", "303", "304", "305", "306", "307", "308", "309", "310", "311", "312", "313", "314", "315", "405", "777", "1201", "1202", "1206", "3001", "3002", "3003", "3004", "3005", "3007", "3009", "3010", "3011"]);

/** Metadata of every active code, keyed by code. Frozen. */
const COINONE_ERRORS = exports.COINONE_ERRORS = /* @__PURE__ */ deepFreeze({
  "4": {
    code: "4",
    name: "USER_BLOCKED",
    message: "Blocked user access",
    category: "account",
    description: {
      en: "Access by this user is restricted.",
      ko: "제한된 사용자의 접근입니다.",
    },
    retryable: true,
    retryAfterSeconds: 60,
    errorClass: "rate-limit",
    userAction: "retry-later",
    notes: "Retryable: the rate limit of the Public API, not a suspended account. Coinone's API introduction page (docs.coinone.co.kr/docs, \"Public API 요청 건 수 제한\") allows 300 requests a minute; past that the reply is this code (as errorCode \"4\", errorMsg \"Blocked user access.\") and requests are refused for one minute, so wait 60 seconds and send the same request again. Its v1.0 page said more than 5 requests a second and refused them for ten minutes (600 seconds).",
  },
  "8": {
    code: "8",
    name: "REQUEST_TOKEN_REQUIRED",
    message: "Request Token Parameter is needed",
    category: "authentication",
    description: {
      en: "The request token parameter is required.",
      ko: "토큰 파라미터 요청이 필요 합니다.",
    },
    retryable: false,
    errorClass: "authentication",
  },
  "10": {
    code: "10",
    name: "IP_NOT_ALLOWED",
    message: "This IP address is not allowed.",
    category: "api-access",
    description: {
      en: "The request comes from an IP address whose access is restricted.",
      ko: "접근이 제한된 IP로부터의 요청입니다.",
    },
    retryable: false,
    errorClass: "permission",
    userAction: "check-credentials",
  },
  "11": {
    code: "11",
    name: "ACCESS_TOKEN_MISSING",
    message: "Access token is missing",
    category: "authentication",
    description: {
      en: "An access token is required.",
      ko: "액세스 토큰 필요 합니다.",
    },
    retryable: false,
    errorClass: "authentication",
    notes: "The current error table (docs.coinone.co.kr/docs/error-code, API v2.1) no longer lists this code; 10 took its place in the list. Nothing says servers stopped sending it, so it stays active.",
  },
  "12": {
    code: "12",
    name: "ACCESS_TOKEN_INVALID",
    message: "Invalid access token",
    category: "authentication",
    description: {
      en: "The access token is not valid.",
      ko: "유효하지 않은 액세스 토큰입니다.",
    },
    retryable: false,
    errorClass: "authentication",
  },
  "20": {
    code: "20",
    name: "SERVICE_NOT_FOUND",
    message: "This service does not exist",
    category: "api-access",
    description: {
      en: "The requested API service does not exist.",
      ko: "존재하지 않은 API 서비스입니다.",
    },
    retryable: false,
    errorClass: "bad-request",
  },
  "21": {
    code: "21",
    name: "API_REGISTRATION_REQUIRED",
    message: "Customers who need to register for API usage",
    category: "api-access",
    description: {
      en: "You need to register before you can use the API.",
      ko: "API 사용을 위한 등록이 필요 합니다.",
    },
    retryable: false,
    errorClass: "permission",
  },
  "22": {
    code: "22",
    name: "SERVICE_NOT_APPROVED",
    message: "This service is not approved",
    category: "api-access",
    description: {
      en: "The service has not been approved.",
      ko: "승인되지 않은 서비스입니다.",
    },
    retryable: false,
    errorClass: "permission",
  },
  "23": {
    code: "23",
    name: "APP_SECRET_INVALID",
    message: "Invalid App Secret",
    category: "authentication",
    description: {
      en: "The App Secret is not valid. Please check its status in the Open API menu on the Coinone website.",
      ko: "유효하지 않은 App Secret 입니다. 코인원 웹 > Open API 메뉴에서 상태 확인 부탁드립니다.",
    },
    retryable: false,
    errorClass: "authentication",
    userAction: "check-credentials",
  },
  "24": {
    code: "24",
    name: "APP_ID_INVALID",
    message: "Invalid App Id",
    category: "authentication",
    description: {
      en: "The App ID is not valid. Please check its status in the Open API menu on the Coinone website.",
      ko: "유효하지 않은 APP ID 입니다. 코인원 웹 > Open API 메뉴에서 상태 확인 부탁드립니다.",
    },
    retryable: false,
    errorClass: "authentication",
    userAction: "check-credentials",
  },
  "25": {
    code: "25",
    name: "REQUEST_TOKEN_NOT_FOUND",
    message: "Request Token does not exist",
    category: "authentication",
    description: {
      en: "The request token does not exist.",
      ko: "존재하지 않은 Request Token 입니다.",
    },
    retryable: false,
    errorClass: "authentication",
  },
  "26": {
    code: "26",
    name: "REQUEST_TOKEN_DELETE_FAILED",
    message: "Failed to delete Request Token",
    category: "authentication",
    description: {
      en: "The request token could not be deleted.",
      ko: "Request Token 삭제를 실패 하였습니다.",
    },
    retryable: false,
    errorClass: "exchange-error",
    notes: "Not retryable: the document gives no cause for the failure, so nothing says repeating the request helps.",
  },
  "27": {
    code: "27",
    name: "ACCESS_TOKEN_NOT_FOUND",
    message: "Access Token does not exist",
    category: "authentication",
    description: {
      en: "The access token does not exist.",
      ko: "존재하지 않은 Access Token 입니다.",
    },
    retryable: false,
    errorClass: "authentication",
  },
  "28": {
    code: "28",
    name: "ACCESS_TOKEN_DELETE_FAILED",
    message: "Failed to delete Access Token",
    category: "authentication",
    description: {
      en: "The access token could not be deleted.",
      ko: "Access Token 삭제 실패 하였습니다.",
    },
    retryable: false,
    errorClass: "exchange-error",
    notes: "Not retryable: the document gives no cause for the failure, so nothing says repeating the request helps.",
  },
  "29": {
    code: "29",
    name: "ACCESS_TOKEN_REFRESH_FAILED",
    message: "Failed to refresh Access Token",
    category: "authentication",
    description: {
      en: "The access token could not be refreshed.",
      ko: "Access Token을 리프레쉬 하는데 실패 하였습니다.",
    },
    retryable: false,
    errorClass: "exchange-error",
    notes: "Not retryable: the document gives no cause for the failure, so nothing says repeating the request helps.",
  },
  "40": {
    code: "40",
    name: "API_PERMISSION_DENIED",
    message: "Invalid API permission",
    category: "api-access",
    description: {
      en: "The API permission has not been approved.",
      ko: "승인되지 않은 API 권한입니다.",
    },
    retryable: false,
    errorClass: "permission",
  },
  "50": {
    code: "50",
    name: "IDENTITY_VERIFICATION_REQUIRED",
    message: "You can use the API after complete Coinone identity verification by web or app",
    category: "account",
    description: {
      en: "You can use the API after completing KYC identity verification on the Coinone website or app.",
      ko: "코인원 웹이나 앱을 통한 KYC 인증 이후 API 이용이 가능합니다.",
    },
    retryable: false,
    errorClass: "verification-required",
    userAction: "complete-verification",
  },
  "51": {
    code: "51",
    name: "API_NO_LONGER_AVAILABLE",
    message: "This API is no longer available",
    category: "api-access",
    description: {
      en: "This API is no longer valid.",
      ko: "더 이상 유효하지 않은 API 입니다.",
    },
    retryable: false,
    errorClass: "not-supported",
  },
  "52": {
    code: "52",
    name: "REAL_NAME_ACCOUNT_REQUIRED",
    message: "Customers who did not complete the real name account verification are not allowed to use this service",
    category: "account",
    description: {
      en: "You have not completed real-name bank account verification. Please verify your real-name account in the Coinone app.",
      ko: "실명 계좌 인증을 완료하지 않은 고객 입니다. 코인원 앱을 통해 실명 계좌 인증이 필요 합니다.",
    },
    retryable: false,
    errorClass: "verification-required",
    userAction: "complete-verification",
  },
  "53": {
    code: "53",
    name: "TWO_FACTOR_AUTH_FAILED",
    message: "Two Factor Auth Fail",
    category: "authentication",
    description: {
      en: "Two-factor authentication failed.",
      ko: "2-Factor 인증 실패 하였습니다.",
    },
    retryable: false,
    errorClass: "authentication",
  },
  "101": {
    code: "101",
    name: "INVALID_FORMAT",
    message: "Invalid format",
    category: "request",
    description: {
      en: "The format is not valid.",
      ko: "유효하지 않은 포맷입니다.",
    },
    retryable: false,
    errorClass: "bad-request",
    userAction: "fix-request",
  },
  "103": {
    code: "103",
    name: "BALANCE_INSUFFICIENT",
    message: "Lack of Balance",
    category: "balance",
    description: {
      en: "The balance is insufficient.",
      ko: "잔고가 부족 합니다.",
    },
    retryable: false,
    errorClass: "insufficient-funds",
    notes: "Not retryable: the balance grows only through the caller's own deposits, cancellations or fills; send the request again after one of those.",
  },
  "104": {
    code: "104",
    name: "ORDER_NOT_FOUND",
    message: "Order id is not exist",
    category: "order",
    description: {
      en: "The order does not exist.",
      ko: "존재하지 않은 주문입니다.",
    },
    retryable: false,
    errorClass: "order-not-found",
  },
  "105": {
    code: "105",
    name: "PRICE_NOT_CORRECT",
    message: "Price is not correct",
    category: "order",
    description: {
      en: "The price is not valid.",
      ko: "올바르지 않은 가격입니다.",
    },
    retryable: false,
    errorClass: "invalid-order",
  },
  "107": {
    code: "107",
    name: "PARAMETER_ERROR",
    message: "Parameter error",
    category: "request",
    description: {
      en: "A request parameter is wrong.",
      ko: "파라메터 에러입니다.",
    },
    retryable: false,
    errorClass: "bad-request",
    userAction: "fix-request",
  },
  "108": {
    code: "108",
    name: "UNKNOWN_CURRENCY",
    message: "Unknown cryptocurrency",
    category: "request",
    description: {
      en: "The asset symbol does not exist.",
      ko: "존재하지 않은 종목 심볼입니다.",
    },
    retryable: false,
    errorClass: "unknown-symbol",
  },
  "109": {
    code: "109",
    name: "UNKNOWN_MARKET",
    message: "Unknown cryptocurrency pair",
    category: "request",
    description: {
      en: "The trading pair does not exist.",
      ko: "존재하지 않은 거래 종목입니다.",
    },
    retryable: false,
    errorClass: "unknown-symbol",
  },
  "111": {
    code: "111",
    name: "PRICE_TOO_FAR_FROM_MARKET",
    message: "The order unavailable due to significant price difference between the order price and the current price",
    category: "order",
    description: {
      en: "The order cannot be placed because the order price is too far from the current price.",
      ko: "주문 가격과 현재 가격의 현격한 차이로 주문이 불가 합니다.",
    },
    retryable: false,
    errorClass: "invalid-order",
    notes: "Not retryable: the market may move back into range, but the order is priced for the market the caller saw; price it again instead of repeating it.",
  },
  "113": {
    code: "113",
    name: "QUANTITY_TOO_LOW",
    message: "Quantity is too low",
    category: "order",
    description: {
      en: "The request cannot be processed because the quantity is below the minimum.",
      ko: "최소 수량 미달로 요청이 불가 합니다.",
    },
    retryable: false,
    errorClass: "invalid-order",
  },
  "114": {
    code: "114",
    name: "ORDER_QUANTITY_INVALID",
    message: "This is not a valid your order amount",
    category: "order",
    description: {
      en: "The order quantity is not valid.",
      ko: "유효하지 않은 주문 수량 입니다.",
    },
    retryable: false,
    errorClass: "invalid-order",
  },
  "115": {
    code: "115",
    name: "MAX_QUANTITY_EXCEEDED",
    message: "The sum of the holding quantity and the quantity of active orders has exceeded the maximum quantity",
    category: "order",
    description: {
      en: "The quantity you hold plus the quantity in your open orders exceeds the maximum quantity.",
      ko: "보유 수량과 등록된 주문 수량의 합 최대 수량을 초과 하였습니다.",
    },
    retryable: false,
    errorClass: "invalid-order",
  },
  "116": {
    code: "116",
    name: "ORDER_ALREADY_FILLED",
    message: "Already Traded",
    category: "order",
    description: {
      en: "The order has already been filled.",
      ko: "이미 체결된 주문입니다.",
    },
    retryable: false,
    errorClass: "invalid-order",
  },
  "117": {
    code: "117",
    name: "ORDER_ALREADY_CANCELED",
    message: "Already Canceled",
    category: "order",
    description: {
      en: "The order has already been canceled.",
      ko: "이미 취소된 주문입니다.",
    },
    retryable: false,
    errorClass: "invalid-order",
  },
  "118": {
    code: "118",
    name: "ORDER_ALREADY_SUBMITTED",
    message: "Already Submitted.",
    category: "order",
    description: {
      en: "The order has already been placed.",
      ko: "이미 등록된 주문입니다.",
    },
    retryable: false,
    errorClass: "invalid-order",
  },
  "120": {
    code: "120",
    name: "PAYLOAD_MISSING",
    message: "V2 API payload is missing",
    category: "signature",
    description: {
      en: "The V2 API payload is required.",
      ko: "V2 API payload 값 입력이 필요 합니다.",
    },
    retryable: false,
    errorClass: "authentication",
    userAction: "fix-request",
  },
  "121": {
    code: "121",
    name: "SIGNATURE_MISSING",
    message: "V2 API signature is missing",
    category: "signature",
    description: {
      en: "The V2 API signature is required.",
      ko: "V2 API signature 값 입력이 필요 합니다.",
    },
    retryable: false,
    errorClass: "authentication",
    userAction: "fix-request",
  },
  "122": {
    code: "122",
    name: "NONCE_MISSING",
    message: "V2 API nonce is missing",
    category: "signature",
    description: {
      en: "The V2 API nonce is required.",
      ko: "V2 API nonce 값 입력이 필요 합니다.",
    },
    retryable: false,
    errorClass: "authentication",
    userAction: "fix-request",
  },
  "123": {
    code: "123",
    name: "SIGNATURE_INVALID",
    message: "V2 API signature is not correct",
    category: "signature",
    description: {
      en: "The V2 API signature is not correct.",
      ko: "V2 API signature 값이 올바르지 않습니다.",
    },
    retryable: false,
    errorClass: "authentication",
    userAction: "fix-request",
  },
  "130": {
    code: "130",
    name: "NONCE_NOT_POSITIVE_INTEGER",
    message: "V2 API Nonce value must be a positive integer",
    category: "signature",
    description: {
      en: "The V2 API nonce must be a positive number.",
      ko: "V2 API Nonce 값은 양의 숫자 값이어야 합니다.",
    },
    retryable: false,
    errorClass: "bad-request",
    userAction: "fix-request",
    notes: "A nonce in the wrong format: the client's nonce generator is wrong, so a new nonce from it fails the same way (fix-request, not renew-nonce).",
  },
  "131": {
    code: "131",
    name: "NONCE_NOT_INCREASING",
    message: "V2 API Nonce is must be bigger then last nonce",
    category: "signature",
    description: {
      en: "The V2 API nonce must be greater than the previous nonce.",
      ko: "V2 API Nonce 값은 이전 Nonce 값보다 커야 합니다.",
    },
    retryable: false,
    errorClass: "invalid-nonce",
    userAction: "renew-nonce",
    notes: "Not retryable as the same request: its nonce stays too small. Sign the request again with a new, larger nonce and send it (userAction renew-nonce); this is what happens when requests signed in parallel arrive out of order.",
  },
  "132": {
    code: "132",
    name: "NONCE_ALREADY_USED",
    message: "Nonce already used",
    category: "signature",
    description: {
      en: "This nonce has already been used.",
      ko: "이미 사용된 Nonce 값 입니다.",
    },
    retryable: false,
    errorClass: "invalid-nonce",
    userAction: "renew-nonce",
    notes: "Not retryable as the same request: its nonce stays used. Sign the request again with a new nonce (a fresh UUID in V2.1) and send it (userAction renew-nonce).",
  },
  "133": {
    code: "133",
    name: "NONCE_NOT_UUID",
    message: "Nonce must be in the form of a UUID",
    category: "signature",
    description: {
      en: "The nonce must be a UUID.",
      ko: "Nonce값은 UUID 포맷이어야 합니다.",
    },
    retryable: false,
    errorClass: "bad-request",
    userAction: "fix-request",
    notes: "A nonce in the wrong format: the client's nonce generator is wrong, so a new nonce from it fails the same way (fix-request, not renew-nonce).",
  },
  "151": {
    code: "151",
    name: "V1_TOKEN_NOT_ACCEPTED",
    message: "It's V2 API. V1 Access token is not acceptable",
    category: "authentication",
    description: {
      en: "The V2 API cannot be used with a V1 access token.",
      ko: "V1의 Access Token으로는 V2 API 이용이 불가합니다.",
    },
    retryable: false,
    errorClass: "authentication",
  },
  "152": {
    code: "152",
    name: "ADDRESS_INVALID",
    message: "Invalid address",
    category: "withdrawal",
    description: {
      en: "The address is not valid.",
      ko: "유효하지 않은 주소입니다.",
    },
    retryable: false,
    errorClass: "invalid-address",
  },
  "153": {
    code: "153",
    name: "ADDRESS_BLOCKED_BY_FDS",
    message: "The address is detected by FDS. Please contact our customer center",
    category: "withdrawal",
    description: {
      en: "The address is restricted by the fraud detection system (FDS). Please contact the customer center.",
      ko: "FDS에 의해 제한된 주소입니다. 고객 센터로 연락 부탁드립니다.",
    },
    retryable: false,
    errorClass: "invalid-address",
    userAction: "contact-support",
  },
  "154": {
    code: "154",
    name: "ADDRESS_NOT_REGISTERED_FOR_API",
    message: "The address is not registered as an API withdrawal address",
    category: "withdrawal",
    description: {
      en: "The address must be registered as an API withdrawal address.",
      ko: "API 출금 주소 등록이 필요한 주소입니다.",
    },
    retryable: false,
    errorClass: "invalid-address",
  },
  "155": {
    code: "155",
    name: "DEPOSIT_ADDRESS_REQUIRED",
    message: "Withdrawal through the 'CODE Solution' requires registration of the deposit address",
    category: "withdrawal",
    description: {
      en: "Withdrawing through the CODE solution requires a deposit address. Create a deposit address on the Coinone website or app, then try again.",
      ko: "CODE 솔루션을 통한 출금을 위해서는 입금 주소 생성이 필요합니다. 코인원 웹/앱에서 입금주소 생성 후 요청하시기 바랍니다.",
    },
    retryable: false,
    errorClass: "operation-rejected",
  },
  "156": {
    code: "156",
    name: "WITHDRAWAL_ADDRESS_NOT_FOUND",
    message: "The withdrawal address does not exist",
    category: "withdrawal",
    description: {
      en: "The withdrawal address does not exist.",
      ko: "존재하지 않은 출금 주소입니다.",
    },
    retryable: false,
    errorClass: "invalid-address",
  },
  "157": {
    code: "157",
    name: "WITHDRAWAL_BALANCE_INSUFFICIENT",
    message: "Insufficient balance",
    category: "withdrawal",
    description: {
      en: "The balance is not sufficient.",
      ko: "잔액이 부족합니다.",
    },
    retryable: false,
    errorClass: "insufficient-funds",
  },
  "158": {
    code: "158",
    name: "WITHDRAWAL_BELOW_MINIMUM",
    message: "Minimum withdrawal quantity insufficient",
    category: "withdrawal",
    description: {
      en: "The amount is less than the minimum withdrawal amount.",
      ko: "최소 출금 가능 금액보다 부족합니다.",
    },
    retryable: false,
    errorClass: "bad-request",
  },
  "159": {
    code: "159",
    name: "MEMO_REQUIRED",
    message: "Required the memo to proceed with the withdrawal",
    category: "withdrawal",
    description: {
      en: "A memo is required for this withdrawal.",
      ko: "출금을 위해서는 Memo 입력이 필요합니다.",
    },
    retryable: false,
    errorClass: "bad-request",
  },
  "160": {
    code: "160",
    name: "TRANSACTION_ID_INVALID",
    message: "Withdrawal/Deposit id is invalid",
    category: "withdrawal",
    description: {
      en: "The deposit or withdrawal ID given when looking up a single deposit or withdrawal is not valid.",
      ko: "단일 입출금 내역 조회 시 올바르지 않은 입출금 내역 식별 ID가 입력된 경우입니다.",
    },
    retryable: false,
    errorClass: "bad-request",
  },
  "161": {
    code: "161",
    name: "PRICE_REQUIRED",
    message: "price is required for LIMIT or STOP_LIMIT order.",
    category: "order",
    description: {
      en: "The price field, required for limit and stop-limit orders, was not given.",
      ko: "지정가, 예약 지정가 주문시 필수정보인 가격필드가 입력되지 않은 경우입니다.",
    },
    retryable: false,
    errorClass: "invalid-order",
    userAction: "fix-request",
  },
  "162": {
    code: "162",
    name: "QUANTITY_REQUIRED",
    message: "qty is required for LIMIT or STOP_LIMIT or MARKET(SELL) order.",
    category: "order",
    description: {
      en: "The quantity field, required for limit, stop-limit and market (sell) orders, was not given.",
      ko: "지정가, 예약 지정가, 시장가(매도), 주문시 필수정보인 수량필드가 입력되지 않은 경우입니다.",
    },
    retryable: false,
    errorClass: "invalid-order",
    userAction: "fix-request",
  },
  "163": {
    code: "163",
    name: "POST_ONLY_REQUIRED",
    message: "post_only is required for LIMIT order.",
    category: "order",
    description: {
      en: "The post_only field, required for limit orders, was not given.",
      ko: "지정가 주문시 필수정보인 post_only필드가 입력되지 않은 경우입니다.",
    },
    retryable: false,
    errorClass: "invalid-order",
    userAction: "fix-request",
  },
  "164": {
    code: "164",
    name: "TRIGGER_PRICE_REQUIRED",
    message: "trigger_price is required for STOP_LIMIT order",
    category: "order",
    description: {
      en: "The trigger_price field, required for stop-limit orders, was not given.",
      ko: "예약 지정가 주문시 필수정보인 trigger_price 필드가 입력되지 않은 경우입니다.",
    },
    retryable: false,
    errorClass: "invalid-order",
    userAction: "fix-request",
  },
  "165": {
    code: "165",
    name: "AMOUNT_REQUIRED",
    message: "amount is required for MARKET(BUY) order.",
    category: "order",
    description: {
      en: "The total amount field, required for market (buy) orders, was not given.",
      ko: "시장가(매수) 주문시 필수정보인 총액필드가 입력되지 않은 경우입니다.",
    },
    retryable: false,
    errorClass: "invalid-order",
    userAction: "fix-request",
  },
  "166": {
    code: "166",
    name: "ORDER_TYPE_NOT_SUPPORTED",
    message: "Not Supported Order Type.",
    category: "order",
    description: {
      en: "The order type given in a V2.1 Order API request is not supported. Supported order types: LIMIT, MARKET, STOP_LIMIT (upper case only).",
      ko: "V2.1 Order API 요청시 입력한 주문타입이 지원하지 않는 주문타입인 경우입니다. 가능한 주문 타입 : LIMIT, MARKET, STOP_LIMIT (대문자만 가능)",
    },
    retryable: false,
    errorClass: "invalid-order",
    userAction: "fix-request",
  },
  "167": {
    code: "167",
    name: "TRIGGER_PRICE_EQUALS_CURRENT_PRICE",
    message: "trigger price and current price can not be same.",
    category: "order",
    description: {
      en: "For a stop-limit order, the trigger_price given equals the coin's current price.",
      ko: "예약지정가 주문시 trigger_price 에 입력하신 값이 해당 코인의 현재가와 동일한 경우입니다.",
    },
    retryable: false,
    errorClass: "invalid-order",
    notes: "Not retryable: the price moves, but the trigger was chosen for the market the caller saw; choose it again instead of repeating the order.",
  },
  "202": {
    code: "202",
    name: "WITHDRAWAL_QUANTITY_INVALID",
    message: "Withdrawal quantity is not correct",
    category: "withdrawal",
    description: {
      en: "The withdrawal quantity is not valid (below the minimum withdrawal quantity, or more decimal places than supported).",
      ko: "옳바르지 않은 출금 수량입니다. (최소 출금 수량 미만 혹은 지원하지 않는 자릿수)",
    },
    retryable: false,
    errorClass: "bad-request",
  },
  "300": {
    code: "300",
    name: "ORDER_INFO_INVALID",
    message: "Invalid order information",
    category: "order",
    description: {
      en: "The order information is not valid.",
      ko: "유효하지 않은 주문 정보입니다.",
    },
    retryable: false,
    errorClass: "invalid-order",
  },
  "301": {
    code: "301",
    name: "SELL_PRICE_BELOW_BASE",
    message: "Cannot register selling orders below the base price",
    category: "order",
    description: {
      en: "Sell orders cannot be placed at or below the base price.",
      ko: "기본가 이하로는 매도 주문 등록 불가 합니다.",
    },
    retryable: false,
    errorClass: "invalid-order",
  },
  "302": {
    code: "302",
    name: "SELL_PRICE_ABOVE_BASE",
    message: "Cannot register selling orders above the base price",
    category: "order",
    description: {
      en: "Sell orders cannot be placed at or above the base price.",
      ko: "기본가격 이상으로는 매도 주문 등록 불가 합니다.",
    },
    retryable: false,
    errorClass: "invalid-order",
  },
  "303": {
    code: "303",
    name: "BUY_PRICE_BELOW_BASE",
    message: "Cannot register buying orders below the base price",
    category: "order",
    description: {
      en: "Buy orders cannot be placed at or below the base price.",
      ko: "기본가격 이하로는 매수 주문 등록 불가 합니다.",
    },
    retryable: false,
    errorClass: "invalid-order",
  },
  "304": {
    code: "304",
    name: "BUY_PRICE_ABOVE_BASE",
    message: "Cannot register buying orders above the base price",
    category: "order",
    description: {
      en: "Buy orders cannot be placed at or above the base price.",
      ko: "기본가격 이상으로는 매수 주문 등록 불가 합니다.",
    },
    retryable: false,
    errorClass: "invalid-order",
  },
  "305": {
    code: "305",
    name: "QUANTITY_INVALID",
    message: "Invalid quantity",
    category: "order",
    description: {
      en: "An invalid quantity was entered.",
      ko: "잘못된 수량이 입력되었습니다.",
    },
    retryable: false,
    errorClass: "invalid-order",
  },
  "306": {
    code: "306",
    name: "ORDER_BELOW_MINIMUM_QUANTITY",
    message: "Cannot be process the orders below the minimum amount",
    category: "order",
    description: {
      en: "Orders at or below the minimum quantity cannot be placed.",
      ko: "최소 수량 이하로는 주문이 불가 합니다.",
    },
    retryable: false,
    errorClass: "invalid-order",
  },
  "307": {
    code: "307",
    name: "ORDER_ABOVE_MAXIMUM_QUANTITY",
    message: "Cannot be process the orders exceed the maximum amount",
    category: "order",
    description: {
      en: "Orders at or above the maximum quantity cannot be placed.",
      ko: "최대 수량 이상으로는 주문이 불가 합니다.",
    },
    retryable: false,
    errorClass: "invalid-order",
  },
  "308": {
    code: "308",
    name: "PRICE_OUT_OF_RANGE",
    message: "Price is out of range.",
    category: "order",
    description: {
      en: "The price given in the order request is outside the range from the minimum to the maximum order price.",
      ko: "주문 요청 시 입력한 가격이 최소 주문 가능 가격~최대 주문 가능 가격 범위를 벗어날 경우 발생합니다.",
    },
    retryable: false,
    errorClass: "invalid-order",
    userAction: "fix-request",
  },
  "309": {
    code: "309",
    name: "QUANTITY_OUT_OF_RANGE",
    message: "Qty is out of range.",
    category: "order",
    description: {
      en: "The quantity given in the order request is outside the range from the minimum to the maximum order quantity.",
      ko: "주문 요청 시 입력한 수량이 최소 주문 가능 수량~최대 주문 가능 수량을 벗어날 경우 발생합니다.",
    },
    retryable: false,
    errorClass: "invalid-order",
    userAction: "fix-request",
  },
  "310": {
    code: "310",
    name: "PRICE_UNIT_INVALID",
    message: "Unavailable price unit. Please check the Range unit API to get the price_unit.",
    category: "order",
    description: {
      en: "The price unit is not valid.",
      ko: "가격 단위가 유효하지 않을 때 발생합니다.",
    },
    retryable: false,
    errorClass: "invalid-order",
    userAction: "fix-request",
  },
  "311": {
    code: "311",
    name: "QUANTITY_UNIT_INVALID",
    message: "Unavailable qty unit. Please check the Market API to see the qty_unit.",
    category: "order",
    description: {
      en: "The quantity unit is not valid.",
      ko: "수량 단위가 유효하지 않을 때 발생합니다.",
    },
    retryable: false,
    errorClass: "invalid-order",
    userAction: "fix-request",
  },
  "312": {
    code: "312",
    name: "USER_ORDER_ID_DUPLICATED",
    message: "Duplicated user_order_id",
    category: "user-order-id",
    description: {
      en: "The user_order_id is a duplicate.",
      ko: "중복된 user_order_id",
    },
    retryable: false,
    errorClass: "duplicate-order-id",
    notes: "Not retryable: an order with this user_order_id exists already. After a timeout or a 405 this is the sign that the first attempt was placed; look it up by its user_order_id.",
  },
  "313": {
    code: "313",
    name: "EXACTLY_ONE_ORDER_ID_REQUIRED",
    message: "user_order_id and order_Id cannot be requested together. Otherwise, neither was entered",
    category: "user-order-id",
    description: {
      en: "Both order_id and user_order_id were given in the request, or neither was.",
      ko: "order_id 와 user_order_id 가 함께 요청되거나, 둘다 입력되지 않았을 경우",
    },
    retryable: false,
    errorClass: "bad-request",
    userAction: "fix-request",
  },
  "314": {
    code: "314",
    name: "USER_ORDER_ID_INVALID",
    message: "Invalid user_order_id (It must be lower case)",
    category: "user-order-id",
    description: {
      en: "The user_order_id is not valid (upper-case letters, unsupported special characters, or more than 150 characters).",
      ko: "잘못된 user_order_id (대문자 혹은 지원하지 않는 특문, 150자 초과)",
    },
    retryable: false,
    errorClass: "bad-request",
    userAction: "fix-request",
  },
  "315": {
    code: "315",
    name: "PORTFOLIO_NOT_SUPPORTED",
    message: "The API does not support a portfolio.",
    category: "api-access",
    description: {
      en: "This API does not support portfolios.",
      ko: "포트폴리오를 지원하지 않는 API 입니다.",
    },
    retryable: false,
    errorClass: "not-supported",
  },
  "405": {
    code: "405",
    name: "SERVER_ERROR",
    message: "Server error",
    category: "server",
    description: {
      en: "A server error occurred.",
      ko: "서버 에러가 발생하였습니다.",
    },
    retryable: true,
    errorClass: "exchange-unavailable",
    userAction: "retry-later",
    notes: "Retryable: a failure on the server's side. Before repeating an order, check whether it was placed after all; an order sent with a user_order_id cannot be placed twice (312).",
  },
  "777": {
    code: "777",
    name: "TWO_FACTOR_CODE_INVALID",
    message: "Invalid 2FA",
    category: "authentication",
    description: {
      en: "The two-factor authentication code is not valid.",
      ko: "유효하지 않은 2-Factor 인증 값입니다.",
    },
    retryable: false,
    errorClass: "authentication",
  },
  "1201": {
    code: "1201",
    name: "API_DISCONTINUED",
    message: "The V2 order API only supports limit order types.",
    category: "api-access",
    description: {
      en: "Looking up a single order with V2 (v2/order/query_order), the order is not a limit order. (This error occurs because V2 does not support market or stop-limit orders.)",
      ko: "v2의 특정 주문 조회 시(v2/order/query_order) 조회하려는 주문이 지정가 주문이 아닌 경우 발생합니다. (v2는 시장가, 예약 지정가를 지원하지 않아 발생하는 에러입니다.)",
    },
    retryable: false,
    errorClass: "not-supported",
    notes: "Documented as \"API Deprecated\" in the v1.0 table; the current table gives the text here and says it comes from looking up a market or stop-limit order through v2/order/query_order. The name stays API_DISCONTINUED, as names never change.",
  },
  "1202": {
    code: "1202",
    name: "ORDER_INFO_API_LIMIT_ONLY",
    message: "This API is deprecated and only supports limit order type.",
    category: "api-access",
    description: {
      en: "Looking up a single order with V2.1 (v2.1/order/info), the order is not a limit order. (This error occurs because v2.1/order/info does not support market or stop-limit orders.)",
      ko: "v21의 특정 주문 정보 조회 시(v2.1/order/info) 조회하려는 주문이 지정가 주문이 아닌 경우 발생합니다. (v2.1/order/info는 시장가, 예약 지정가를 지원하지 않아 발생하는 에러입니다.)",
    },
    retryable: false,
    errorClass: "not-supported",
  },
  "1206": {
    code: "1206",
    name: "USER_NOT_FOUND",
    message: "User not found",
    category: "account",
    description: {
      en: "The customer does not exist.",
      ko: "존재하지 않은 고객입니다.",
    },
    retryable: false,
    errorClass: "authentication",
  },
  "3001": {
    code: "3001",
    name: "ASSET_WITHDRAWAL_SUSPENDED",
    message: "Withdrawal of the virtual asset has been suspended. Please check our notice",
    category: "withdrawal",
    description: {
      en: "Withdrawals of this virtual asset are suspended, temporarily or permanently. Please check the notices.",
      ko: "출금이 일시적 혹은 영구적으로 정지된 가상자산입니다. 공지사항을 확인 부탁드립니다.",
    },
    retryable: true,
    errorClass: "operation-rejected",
    userAction: "retry-later",
    notes: "Retryable: when the suspension is temporary, the same withdrawal succeeds once it is lifted (see the notices); not on an immediate retry.",
  },
  "3002": {
    code: "3002",
    name: "WITHDRAWAL_REJECTED",
    message: "Withdrawal is rejected",
    category: "withdrawal",
    description: {
      en: "The withdrawal was rejected for a specific reason.",
      ko: "출금이 특정 사유로 인해 거절된 상태입니다.",
    },
    retryable: false,
    errorClass: "operation-rejected",
  },
  "3003": {
    code: "3003",
    name: "DAILY_WITHDRAWAL_LIMIT_EXCEEDED",
    message: "Exceed daily withdrawal limit",
    category: "withdrawal",
    description: {
      en: "The daily withdrawal limit has been exceeded.",
      ko: "일일 출금 가능 수량을 초과 하였습니다.",
    },
    retryable: true,
    errorClass: "operation-rejected",
    userAction: "retry-later",
    notes: "Retryable: the same withdrawal succeeds once the daily limit allows it again; not on an immediate retry.",
  },
  "3004": {
    code: "3004",
    name: "WITHDRAWAL_DELAYED_AFTER_KRW_DEPOSIT",
    message: "Failed by 24-hour withdrawal delay policy",
    category: "withdrawal",
    description: {
      en: "The withdrawal failed because withdrawals are delayed for 24 hours after a Korean won (KRW) deposit.",
      ko: "원화 입금으로 인한 24시간 출금지연 상태로 출금에 실패 하였습니다.",
    },
    retryable: true,
    errorClass: "operation-rejected",
    userAction: "retry-later",
    notes: "Retryable: the same withdrawal succeeds once the 24 hours after the KRW deposit have passed.",
  },
  "3005": {
    code: "3005",
    name: "PHONE_VERIFICATION_REQUIRED",
    message: "Try again after complete phone verification",
    category: "account",
    description: {
      en: "Please complete mobile phone number verification, then try again.",
      ko: "휴대폰 번호 인증 완료 하신 후에 재시도 부탁드립니다.",
    },
    retryable: false,
    errorClass: "verification-required",
    userAction: "complete-verification",
  },
  "3007": {
    code: "3007",
    name: "BALANCE_ERROR",
    message: "An error in the balance. Please contact CS center",
    category: "balance",
    description: {
      en: "An error occurred in your balance. Please contact the customer center.",
      ko: "잔고에 오류가 발생하였습니다. 고객 센터에 연락 부탁드립니다.",
    },
    retryable: false,
    errorClass: "exchange-error",
    userAction: "contact-support",
  },
  "3009": {
    code: "3009",
    name: "ACCOUNT_FLAGGED_BY_FDS",
    message: "Account was detected through FDS system monitoring",
    category: "account",
    description: {
      en: "The account cannot be used because abnormal trading was detected.",
      ko: "이상거래에 탐지되어 이용할 수 없는 상태입니다.",
    },
    retryable: false,
    errorClass: "account-suspended",
  },
  "3010": {
    code: "3010",
    name: "ACCOUNT_LOCKED",
    message: "Account is locked",
    category: "account",
    description: {
      en: "Withdrawals are not possible because the account is locked. You can unlock it by logging in with the latest version of the app or on the website.",
      ko: "계정 잠금으로 인해 출금이 불가한 경우입니다. 잠금 해제는 최신 버전의 앱 또는 웹페이지에서 로그인을 통해 진행할 수 있습니다.",
    },
    retryable: false,
    errorClass: "account-suspended",
  },
  "3011": {
    code: "3011",
    name: "WITHDRAWAL_RESTRICTED_BY_MASTER",
    message: "Withdrawal is restricted by master account.",
    category: "withdrawal",
    description: {
      en: "The master account has restricted virtual asset withdrawals for this sub-account.",
      ko: "마스터 계정이 서브 계정의 가상자산 출금을 제한한 상태입니다.",
    },
    retryable: false,
    errorClass: "permission",
  },
});

/** Retired codes: no longer sent, reserved forever, never reused for another error. */
const RESERVED_COINONE_ERROR_CODES = exports.RESERVED_COINONE_ERROR_CODES = /* @__PURE__ */ Object.freeze([]);
/** Every locale the descriptions are written in; the first is the fallback. */
const COINONE_ERROR_LOCALES = exports.COINONE_ERROR_LOCALES = /* @__PURE__ */ Object.freeze(["en", "ko"]);

/** True when `value` is a code this catalog knows (an active code, deprecated included). */
function isCoinoneErrorCode(value) {
  return typeof value === "string" && knownCodes.has(value);
}

/**
 * Reads an error body: a parsed object or its JSON text. Accepts `error_code`/`errorCode` for the code and `error_msg`/`errorMsg` for the message;
 * a numeric code is read as its string. Returns `undefined` for anything that is not an error body
 * (a success body, `result` other than "error", malformed JSON, `null`, arrays, numbers). Never throws.
 */
function parseCoinoneError(body) {
  let value = body;
  let result;
  let code;
  let serverMessage;
  try {
    if (typeof value === "string") value = JSON.parse(value);
    // Array.isArray throws on a revoked Proxy, and a getter or proxy trap can throw: all inside the try.
    if (typeof value !== "object" || value === null || Array.isArray(value)) return undefined;
    const record = value;
    result = ownValue(record, "result");
    code = readText(ownValue(record, "error_code")) ?? readText(ownValue(record, "errorCode"));
    serverMessage = readText(ownValue(record, "error_msg")) ?? readText(ownValue(record, "errorMsg"));
  } catch {
    // Malformed JSON, a revoked Proxy, a getter or trap that throws: not a body this function can read.
    return undefined;
  }
  if (result !== undefined ? result !== "error" : code === undefined) return undefined;
  if (isCoinoneErrorCode(code)) return { known: true, code, serverMessage, info: COINONE_ERRORS[code] };
  return { known: false, code, serverMessage, info: undefined };
}

/** The description of `code` in `locale` (`ko-KR` falls back to `ko`), else in "en"; `undefined` for an unknown code. */
function describeCoinoneError(code, locale = "en") {
  if (!isCoinoneErrorCode(code)) return undefined;
  const texts = COINONE_ERRORS[code].description;
  // Own properties only: a locale from a request may be "constructor" or "__proto__".
  const language = typeof locale === "string" ? locale : "en";
  return readText(ownValue(texts, language)) ?? readText(ownValue(texts, language.split("-")[0] ?? "")) ?? texts["en"];
}

/** An error the API returned, ready to throw. `message` reads like `[105 PRICE_NOT_CORRECT] Price is not correct`. */
class CoinoneApiError extends Error {
  constructor(code, serverMessage) {
    const info = isCoinoneErrorCode(code) ? COINONE_ERRORS[code] : undefined;
    super(`[${code ?? "no code"}${info ? ` ${info.name}` : ""}] ${serverMessage ?? info?.message ?? "unknown error"}`);
    this.name = "CoinoneApiError";
    this.code = code;
    this.known = info !== undefined;
    this.info = info;
    this.serverMessage = serverMessage;
    Object.defineProperty(this, apiErrorBrand, { value: true });
  }

  /** True for an error built by this class in the ESM or the CJS build of the package (subclasses are checked as usual). */
  static [Symbol.hasInstance](value) {
    if (this !== CoinoneApiError) return Function.prototype[Symbol.hasInstance].call(this, value);
    try {
      return typeof value === "object" && value !== null && value[apiErrorBrand] === true;
    } catch {
      return false;
    }
  }

  /** Builds the error from a response body with `parseCoinoneError`; `undefined` when the body is not an error. */
  static fromResponse(body) {
    const parsed = parseCoinoneError(body);
    return parsed === undefined ? undefined : new CoinoneApiError(parsed.code, parsed.serverMessage);
  }
}

exports.CoinoneApiError = CoinoneApiError;
/** Marks instances of `CoinoneApiError` from either build (ESM, CJS) of the package. */
const apiErrorBrand = /* @__PURE__ */ Symbol.for("coinone-error-codes:CoinoneApiError");

/** The value of an own property, never one inherited from `Object.prototype`. */
function ownValue(record, key) {
  return Object.prototype.hasOwnProperty.call(record, key) ? record[key] : undefined;
}

function readText(value) {
  if (typeof value === "string") return value;
  if (typeof value === "number" && Number.isFinite(value)) return String(value);
  return undefined;
}

function deepFreeze(value) {
  if (typeof value === "object" && value !== null) {
    for (const child of Object.values(value)) deepFreeze(child);
    Object.freeze(value);
  }
  return value;
}

/** The known code of `body`: a bare code or an error body (object or JSON text, `error_code`/`errorCode` read as for `parseCoinoneError`); undefined otherwise. */
function knownCoinoneCodeOf(body) {
  let value = body;
  if (typeof value === "string" && !isCoinoneErrorCode(value)) {
    try {
      value = JSON.parse(value);
    } catch {
      return undefined;
    }
  }
  let code = value;
  if (typeof value === "object" && value !== null && !Array.isArray(value)) {
    const record = value;
    try {
      if (record["result"] !== undefined && record["result"] !== "error") return undefined;
      code = undefined;
      for (const field of ["error_code", "errorCode"]) {
        const raw = record[field];
        if (typeof raw === "string" || typeof raw === "number") {
          code = raw;
          break;
        }
      }
    } catch {
      return undefined;
    }
  }
  if (typeof code === "number" && Number.isFinite(code)) code = String(code);
  return isCoinoneErrorCode(code) ? code : undefined;
}

/**
 * True when `body` is an error body (object or JSON text, `error_code`/`errorCode` read as for `parseCoinoneError`) or a bare code whose catalog entry is retryable:
 * the same request may succeed later without any change by the caller. False for other codes, unknown codes and anything that is not an error. Never throws.
 */
function isRetryableCoinoneError(body) {
  const code = knownCoinoneCodeOf(body);
  return code !== undefined && COINONE_ERRORS[code].retryable;
}

/**
 * Milliseconds to wait before sending the same request again, when `body` is an error body (object or JSON text, `error_code`/`errorCode` read as for `parseCoinoneError`)
 * or a bare code whose catalog entry is retryable with a documented wait (`retryAfterSeconds`). Undefined for a retryable code without a documented wait (back off as usual), for other codes, unknown codes and anything that is not an error. Never throws.
 */
function retryAfterMsOfCoinoneError(body) {
  const code = knownCoinoneCodeOf(body);
  if (code === undefined) return undefined;
  const info = COINONE_ERRORS[code];
  return info.retryable && info.retryAfterSeconds !== undefined ? info.retryAfterSeconds * 1000 : undefined;
}

/** The media type of a problem details document (RFC 9457), for the `Content-Type` header. */
const COINONE_PROBLEM_MEDIA_TYPE = exports.COINONE_PROBLEM_MEDIA_TYPE = "application/problem+json";

/** An RFC 9457 problem details object for `error` (from `parseCoinoneError` or a `CoinoneApiError`), to send as `COINONE_PROBLEM_MEDIA_TYPE`. */
function toCoinoneProblemDetails(error, options = {}) {
  const info = isCoinoneErrorCode(error.code) ? COINONE_ERRORS[error.code] : undefined;
  const status = options.status ?? info?.httpStatus;
  const detail = info === undefined ? error.serverMessage : describeCoinoneError(info.code, options.locale);
  return {
    type: info === undefined ? "about:blank" : "https://coinone-error-codes.github.io/coinone-error-codes/errors/" + info.code + ".html",
    title: info?.message ?? "Unknown error",
    ...(status === undefined ? {} : { status }),
    ...(detail === undefined ? {} : { detail }),
    ...(options.instance === undefined ? {} : { instance: options.instance }),
    ...(error.code === undefined ? {} : { code: error.code }),
    ...(info === undefined ? {} : { name: info.name }),
    retryable: info?.retryable ?? false,
    ...(info?.retryAfterSeconds === undefined ? {} : { retryAfterSeconds: info.retryAfterSeconds }),
    ...(error.serverMessage === undefined ? {} : { serverMessage: error.serverMessage }),
  };
}
