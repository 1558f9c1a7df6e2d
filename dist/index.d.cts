// Generated from spec/errors.yaml by coinone-error-codes. Do not edit: change the spec and run `npm run generate`.

/**
 * Error codes of Coinone Open API errors. Each value is the code string sent on the wire in `error_code`.
 *
 * Key on the code, never on the message: the server's message can differ from the documented one.
 */
export declare enum CoinoneErrorCode {
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
  UserBlocked = "4",
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
  RequestTokenRequired = "8",
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
  IpNotAllowed = "10",
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
  AccessTokenMissing = "11",
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
  AccessTokenInvalid = "12",
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
  ServiceNotFound = "20",
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
  ApiRegistrationRequired = "21",
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
  ServiceNotApproved = "22",
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
  AppSecretInvalid = "23",
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
  AppIdInvalid = "24",
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
  RequestTokenNotFound = "25",
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
  RequestTokenDeleteFailed = "26",
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
  AccessTokenNotFound = "27",
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
  AccessTokenDeleteFailed = "28",
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
  AccessTokenRefreshFailed = "29",
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
  ApiPermissionDenied = "40",
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
  IdentityVerificationRequired = "50",
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
  ApiNoLongerAvailable = "51",
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
  RealNameAccountRequired = "52",
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
  TwoFactorAuthFailed = "53",
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
  InvalidFormat = "101",
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
  BalanceInsufficient = "103",
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
  OrderNotFound = "104",
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
  PriceNotCorrect = "105",
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
  ParameterError = "107",
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
  UnknownCurrency = "108",
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
  UnknownMarket = "109",
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
  PriceTooFarFromMarket = "111",
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
  QuantityTooLow = "113",
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
  OrderQuantityInvalid = "114",
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
  MaxQuantityExceeded = "115",
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
  OrderAlreadyFilled = "116",
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
  OrderAlreadyCanceled = "117",
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
  OrderAlreadySubmitted = "118",
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
  PayloadMissing = "120",
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
  SignatureMissing = "121",
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
  NonceMissing = "122",
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
  SignatureInvalid = "123",
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
  NonceNotPositiveInteger = "130",
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
  NonceNotIncreasing = "131",
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
  NonceAlreadyUsed = "132",
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
  NonceNotUuid = "133",
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
  V1TokenNotAccepted = "151",
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
  AddressInvalid = "152",
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
  AddressBlockedByFds = "153",
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
  AddressNotRegisteredForApi = "154",
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
  DepositAddressRequired = "155",
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
  WithdrawalAddressNotFound = "156",
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
  WithdrawalBalanceInsufficient = "157",
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
  WithdrawalBelowMinimum = "158",
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
  MemoRequired = "159",
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
  TransactionIdInvalid = "160",
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
  PriceRequired = "161",
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
  QuantityRequired = "162",
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
  PostOnlyRequired = "163",
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
  TriggerPriceRequired = "164",
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
  AmountRequired = "165",
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
  OrderTypeNotSupported = "166",
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
  TriggerPriceEqualsCurrentPrice = "167",
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
  WithdrawalQuantityInvalid = "202",
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
  OrderInfoInvalid = "300",
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
  SellPriceBelowBase = "301",
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
  SellPriceAboveBase = "302",
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
  BuyPriceBelowBase = "303",
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
  BuyPriceAboveBase = "304",
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
  QuantityInvalid = "305",
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
  OrderBelowMinimumQuantity = "306",
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
  OrderAboveMaximumQuantity = "307",
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
  PriceOutOfRange = "308",
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
  QuantityOutOfRange = "309",
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
  PriceUnitInvalid = "310",
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
  QuantityUnitInvalid = "311",
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
  UserOrderIdDuplicated = "312",
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
  ExactlyOneOrderIdRequired = "313",
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
  UserOrderIdInvalid = "314",
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
  PortfolioNotSupported = "315",
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
  ServerError = "405",
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
  TwoFactorCodeInvalid = "777",
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
  ApiDiscontinued = "1201",
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
  OrderInfoApiLimitOnly = "1202",
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
  UserNotFound = "1206",
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
  AssetWithdrawalSuspended = "3001",
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
  WithdrawalRejected = "3002",
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
  DailyWithdrawalLimitExceeded = "3003",
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
  WithdrawalDelayedAfterKrwDeposit = "3004",
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
  PhoneVerificationRequired = "3005",
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
  BalanceError = "3007",
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
  AccountFlaggedByFds = "3009",
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
  AccountLocked = "3010",
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
  WithdrawalRestrictedByMaster = "3011",
}

/** A locale the descriptions are written in. */
export type CoinoneErrorLocale = "en" | "ko";
/** Id of an error category. */
export type CoinoneErrorCategory = "account" | "authentication" | "api-access" | "request" | "signature" | "order" | "user-order-id" | "balance" | "withdrawal" | "server";
/** What a caller should do about an error. */
export type CoinoneUserAction = "fix-request" | "check-credentials" | "complete-verification" | "contact-support" | "retry-later" | "renew-nonce";
/** The exchange-neutral class of an error (authentication, invalid-order, ...); each maps to one ccxt error class. */
export type CoinoneErrorClass = "authentication" | "permission" | "verification-required" | "account-suspended" | "insufficient-funds" | "invalid-order" | "order-not-found" | "duplicate-order-id" | "unknown-symbol" | "bad-request" | "not-supported" | "operation-rejected" | "invalid-nonce" | "invalid-address" | "rate-limit" | "exchange-unavailable" | "maintenance" | "exchange-error";

/** Everything the catalog says about one error code. */
export interface CoinoneErrorInfo {
  /** The wire code. */
  readonly code: CoinoneErrorCode;
  /** Stable UPPER_SNAKE name, e.g. `PRICE_NOT_CORRECT`. */
  readonly name: string;
  /** The documented return message, verbatim. The server's message may differ. */
  readonly message: string;
  readonly category: CoinoneErrorCategory;
  /** What the error means, in every locale. */
  readonly description: Readonly<Record<CoinoneErrorLocale, string>>;
  /** True when the same request may succeed later without any change by the caller. */
  readonly retryable: boolean;
  /** Only on retryable codes: the documented wait in seconds before the same request may succeed. */
  readonly retryAfterSeconds?: number;
  /** The exchange-neutral class of the error. */
  readonly errorClass: CoinoneErrorClass;
  readonly userAction?: CoinoneUserAction;
  /** Set when the code is deprecated. */
  readonly deprecated?: { readonly since: string; readonly reason: string; readonly replacedBy?: CoinoneErrorCode };
  /** Notes for translators and maintainers. */
  readonly notes?: string;
  /** HTTP status observed with this code; the status is not a reliable error signal. */
  readonly httpStatus?: number;
}

/** Metadata of every active code, keyed by code. Frozen. */
export declare const COINONE_ERRORS: Readonly<Record<CoinoneErrorCode, CoinoneErrorInfo>>;
/** Retired codes: no longer sent, reserved forever, never reused for another error. */
export declare const RESERVED_COINONE_ERROR_CODES: readonly string[];
/** Every locale the descriptions are written in; the first is the fallback. */
export declare const COINONE_ERROR_LOCALES: readonly CoinoneErrorLocale[];

/** True when `value` is a code this catalog knows (an active code, deprecated included). */
export declare function isCoinoneErrorCode(value: unknown): value is CoinoneErrorCode;

/**
 * An error body as the API sends it: `{ "result": "error", "error_code": "105", "error_msg": "..." }`.
 * The code is a string; the message may be missing or differ from the documented one.
 */
export interface CoinoneErrorResponse {
  readonly result: "error";
  readonly error_code: `${CoinoneErrorCode}` | (string & {});
  readonly error_msg?: string;
}

/** An error body in the older camelCase shape some endpoints still send. */
export interface CoinoneLegacyErrorResponse {
  readonly result?: "error";
  readonly errorCode: `${CoinoneErrorCode}` | (string & {});
  readonly errorMsg?: string;
}

/** An error body whose code the catalog knows. */
export interface CoinoneKnownError {
  readonly known: true;
  readonly code: CoinoneErrorCode;
  /** The message the server sent, if any; it may differ from `info.message`. */
  readonly serverMessage: string | undefined;
  readonly info: CoinoneErrorInfo;
}

/** An error body whose code the catalog does not know (yet), or that carries no code. */
export interface CoinoneUnknownError {
  readonly known: false;
  readonly code: string | undefined;
  readonly serverMessage: string | undefined;
  readonly info: undefined;
}

/** What `parseCoinoneError` found in an error body; check `known` to narrow it. */
export type CoinoneParsedError = CoinoneKnownError | CoinoneUnknownError;

/**
 * Reads an error body: a parsed object or its JSON text. Accepts `error_code`/`errorCode` for the code and `error_msg`/`errorMsg` for the message;
 * a numeric code is read as its string. Returns `undefined` for anything that is not an error body
 * (a success body, `result` other than "error", malformed JSON, `null`, arrays, numbers). Never throws.
 */
export declare function parseCoinoneError(body: unknown): CoinoneParsedError | undefined;

/** The description of `code` in `locale` (`ko-KR` falls back to `ko`), else in "en"; `undefined` for an unknown code. */
export declare function describeCoinoneError(code: string, locale?: CoinoneErrorLocale | (string & {})): string | undefined;

/** An error the API returned, ready to throw. `message` reads like `[105 PRICE_NOT_CORRECT] Price is not correct`. */
export declare class CoinoneApiError extends Error {
  /** The wire code, as sent. */
  readonly code: string | undefined;
  /** True when the catalog knows the code. */
  readonly known: boolean;
  /** The catalog's info for a known code. */
  readonly info: CoinoneErrorInfo | undefined;
  /** The message the server sent, if any; it may differ from the documented one. */
  readonly serverMessage: string | undefined;
  constructor(code: string | undefined, serverMessage?: string | undefined);
  /** True for an error built by this class in the ESM or the CJS build of the package (subclasses are checked as usual). */
  static [Symbol.hasInstance](value: unknown): boolean;
  /** Builds the error from a response body with `parseCoinoneError`; `undefined` when the body is not an error. */
  static fromResponse(body: unknown): CoinoneApiError | undefined;
}

/**
 * True when `body` is an error body (object or JSON text, `error_code`/`errorCode` read as for `parseCoinoneError`) or a bare code whose catalog entry is retryable:
 * the same request may succeed later without any change by the caller. False for other codes, unknown codes and anything that is not an error. Never throws.
 */
export declare function isRetryableCoinoneError(body: unknown): boolean;

/**
 * Milliseconds to wait before sending the same request again, when `body` is an error body (object or JSON text, `error_code`/`errorCode` read as for `parseCoinoneError`)
 * or a bare code whose catalog entry is retryable with a documented wait (`retryAfterSeconds`). Undefined for a retryable code without a documented wait (back off as usual), for other codes, unknown codes and anything that is not an error. Never throws.
 */
export declare function retryAfterMsOfCoinoneError(body: unknown): number | undefined;
/** The media type of a problem details document (RFC 9457), for the `Content-Type` header. */
export declare const COINONE_PROBLEM_MEDIA_TYPE: "application/problem+json";

/** An RFC 9457 problem details object for an error the API returned; `JSON.stringify` it. */
export interface CoinoneProblemDetails {
  /** The code's page, `https://coinone-error-codes.github.io/coinone-error-codes/errors/<code>.html`; `about:blank` for an unknown code. */
  readonly type: string;
  /** The documented message of a known code; `Unknown error` otherwise. */
  readonly title: string;
  /** The HTTP status given in the options, else the one the catalog observed, if any. */
  readonly status?: number;
  /** The description in the requested locale, or the server's message for an unknown code. */
  readonly detail?: string;
  /** The `instance` given in the options. */
  readonly instance?: string;
  /** Extension: the wire code, as sent. */
  readonly code?: string;
  /** Extension: the catalog's name of a known code. */
  readonly name?: string;
  /** Extension: whether the same request may succeed later. */
  readonly retryable: boolean;
  /** Extension: the documented wait before retrying. */
  readonly retryAfterSeconds?: number;
  /** Extension: the message the server sent, if any. */
  readonly serverMessage?: string;
}

/** Options of `toCoinoneProblemDetails`. */
export interface CoinoneProblemOptions {
  /** The HTTP status your service answers with. */
  readonly status?: number;
  /** A URI reference that identifies this occurrence. */
  readonly instance?: string;
  /** The locale of `detail`, as for `describeCoinoneError`. */
  readonly locale?: CoinoneErrorLocale | (string & {});
}

/** An RFC 9457 problem details object for `error` (from `parseCoinoneError` or a `CoinoneApiError`), to send as `COINONE_PROBLEM_MEDIA_TYPE`. */
export declare function toCoinoneProblemDetails(error: CoinoneParsedError | CoinoneApiError, options?: CoinoneProblemOptions): CoinoneProblemDetails;
