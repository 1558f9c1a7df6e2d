// Generated from spec/errors.yaml by coinone-error-codes. Do not edit: change the spec and run `npm run generate`.
// Catalog coinone 1.0.0, spec sha256 87622cee4668e9039eb25d2e7e723bc484cbce7a6be63b30bd5f7a22a3f33b8a.

/**
 * Error codes of Coinone Open API errors. Each value is the code string sent on the wire in `error_code`.
 *
 * Key on the code, never on the message: the server's message can differ from the documented one.
 */
export enum CoinoneErrorCode {
  /**
   * Access by this user is restricted.
   *
   * (ko) 제한된 사용자의 접근입니다.
   *
   * Wire message: "Blocked user access"
   * Category: account
   */
  UserBlocked = "4",
  /**
   * The request token parameter is required.
   *
   * (ko) 토큰 파라미터 요청이 필요 합니다.
   *
   * Wire message: "Request Token Parameter is needed"
   * Category: authentication
   */
  RequestTokenRequired = "8",
  /**
   * An access token is required.
   *
   * (ko) 액세스 토큰 필요 합니다.
   *
   * Wire message: "Access token is missing"
   * Category: authentication
   */
  AccessTokenMissing = "11",
  /**
   * The access token is not valid.
   *
   * (ko) 유효하지 않은 액세스 토큰입니다.
   *
   * Wire message: "Invalid access token"
   * Category: authentication
   */
  AccessTokenInvalid = "12",
  /**
   * The requested API service does not exist.
   *
   * (ko) 존재하지 않은 API 서비스입니다.
   *
   * Wire message: "This service does not exist"
   * Category: api-access
   */
  ServiceNotFound = "20",
  /**
   * You need to register before you can use the API.
   *
   * (ko) API 사용을 위한 등록이 필요 합니다.
   *
   * Wire message: "Customers who need to register for API usage"
   * Category: api-access
   */
  ApiRegistrationRequired = "21",
  /**
   * The service has not been approved.
   *
   * (ko) 승인되지 않은 서비스입니다.
   *
   * Wire message: "This service is not approved"
   * Category: api-access
   */
  ServiceNotApproved = "22",
  /**
   * The App Secret is not valid. Please check its status in the Open API menu on the Coinone website.
   *
   * (ko) 유효하지 않은 App Secret 입니다. 코인원 웹 > Open API 메뉴에서 상태 확인 부탁드립니다.
   *
   * Wire message: "Invalid App Secret"
   * Category: authentication
   */
  AppSecretInvalid = "23",
  /**
   * The App ID is not valid. Please check its status in the Open API menu on the Coinone website.
   *
   * (ko) 유효하지 않은 APP ID 입니다. 코인원 웹 > Open API 메뉴에서 상태 확인 부탁드립니다.
   *
   * Wire message: "Invalid App Id"
   * Category: authentication
   */
  AppIdInvalid = "24",
  /**
   * The request token does not exist.
   *
   * (ko) 존재하지 않은 Request Token 입니다.
   *
   * Wire message: "Request Token does not exist"
   * Category: authentication
   */
  RequestTokenNotFound = "25",
  /**
   * The request token could not be deleted.
   *
   * (ko) Request Token 삭제를 실패 하였습니다.
   *
   * Wire message: "Failed to delete Request Token"
   * Category: authentication
   */
  RequestTokenDeleteFailed = "26",
  /**
   * The access token does not exist.
   *
   * (ko) 존재하지 않은 Access Token 입니다.
   *
   * Wire message: "Access Token does not exist"
   * Category: authentication
   */
  AccessTokenNotFound = "27",
  /**
   * The access token could not be deleted.
   *
   * (ko) Access Token 삭제 실패 하였습니다.
   *
   * Wire message: "Failed to delete Access Token"
   * Category: authentication
   */
  AccessTokenDeleteFailed = "28",
  /**
   * The access token could not be refreshed.
   *
   * (ko) Access Token을 리프레쉬 하는데 실패 하였습니다.
   *
   * Wire message: "Failed to refresh Access Token"
   * Category: authentication
   */
  AccessTokenRefreshFailed = "29",
  /**
   * The API permission has not been approved.
   *
   * (ko) 승인되지 않 API 권한입니다.
   *
   * Wire message: "Invalid API permission"
   * Category: api-access
   */
  ApiPermissionDenied = "40",
  /**
   * You can use the API after completing KYC identity verification on the Coinone website or app.
   *
   * (ko) 코인원 웹이나 앱을 통한 KYC 인증 이후 API 이용이 가능합니다.
   *
   * Wire message: "You can use the API after complete Coinone identity verification by web or app"
   * Category: account
   */
  IdentityVerificationRequired = "50",
  /**
   * This API is no longer valid.
   *
   * (ko) 더 이상 유효하지 않은 API 입니다.
   *
   * Wire message: "This API is no longer available"
   * Category: api-access
   */
  ApiNoLongerAvailable = "51",
  /**
   * You have not completed real-name bank account verification. Please verify your real-name account in the Coinone app.
   *
   * (ko) 실명 계좌 인증을 완료하지 않은 고객 입니다. 코인원 앱을 통해 실명 계좌 인증이 필요 합니다.
   *
   * Wire message: "Customers who did not complete the real name account verification are not allowed to use this service"
   * Category: account
   */
  RealNameAccountRequired = "52",
  /**
   * Two-factor authentication failed.
   *
   * (ko) 2-Factor 인증 실패 하였습니다.
   *
   * Wire message: "Two Factor Auth Fail"
   * Category: authentication
   */
  TwoFactorAuthFailed = "53",
  /**
   * The format is not valid.
   *
   * (ko) 유효하지 않은 포맷입니다.
   *
   * Wire message: "Invalid format"
   * Category: request
   */
  InvalidFormat = "101",
  /**
   * The balance is insufficient.
   *
   * (ko) 잔고가 부족 합니다.
   *
   * Wire message: "Lack of Balance"
   * Category: balance
   */
  BalanceInsufficient = "103",
  /**
   * The order does not exist.
   *
   * (ko) 존재하지 않은 주문입니다.
   *
   * Wire message: "Order id is not exist"
   * Category: order
   */
  OrderNotFound = "104",
  /**
   * The price is not valid.
   *
   * (ko) 올바르지 않은 가격입니다.
   *
   * Wire message: "Price is not correct"
   * Category: order
   */
  PriceNotCorrect = "105",
  /**
   * A request parameter is wrong.
   *
   * (ko) 파라메터 에러입니다.
   *
   * Wire message: "Parameter error"
   * Category: request
   */
  ParameterError = "107",
  /**
   * The asset symbol does not exist.
   *
   * (ko) 존재하지 않은 종목 심볼입니다.
   *
   * Wire message: "Unknown cryptocurrency"
   * Category: request
   */
  UnknownCurrency = "108",
  /**
   * The trading pair does not exist.
   *
   * (ko) 존재하지 않은 거래 종목입니다.
   *
   * Wire message: "Unknown cryptocurrency pair"
   * Category: request
   */
  UnknownMarket = "109",
  /**
   * The order cannot be placed because the order price is too far from the current price.
   *
   * (ko) 주문 가격과 현재 가격의 현격한 차이로 주문이 불가 합니다.
   *
   * Wire message: "The order unavailable due to significant price difference between the order price and the current price"
   * Category: order
   */
  PriceTooFarFromMarket = "111",
  /**
   * The request cannot be processed because the quantity is below the minimum.
   *
   * (ko) 최소 수량 미달로 요청이 불가 합니다.
   *
   * Wire message: "Quantity is too low"
   * Category: order
   */
  QuantityTooLow = "113",
  /**
   * The order quantity is not valid.
   *
   * (ko) 유효하지 않은 주문 수량 입니다.
   *
   * Wire message: "This is not a valid your order amount"
   * Category: order
   */
  OrderQuantityInvalid = "114",
  /**
   * The quantity you hold plus the quantity in your open orders exceeds the maximum quantity.
   *
   * (ko) 보유 수량과 등록된 주문 수량의 합 최대 수량을 초과 하였습니다.
   *
   * Wire message: "The sum of the holding quantity and the quantity of active orders has exceeded the maximum quantity"
   * Category: order
   */
  MaxQuantityExceeded = "115",
  /**
   * The order has already been filled.
   *
   * (ko) 이미 체결된 주문입니다.
   *
   * Wire message: "Already Traded"
   * Category: order
   */
  OrderAlreadyFilled = "116",
  /**
   * The order has already been canceled.
   *
   * (ko) 이미 취소된 주문입니다.
   *
   * Wire message: "Already Canceled"
   * Category: order
   */
  OrderAlreadyCanceled = "117",
  /**
   * The order has already been placed.
   *
   * (ko) 이미 등록된 주문입니다.
   *
   * Wire message: "Already Submitted."
   * Category: order
   */
  OrderAlreadySubmitted = "118",
  /**
   * The V2 API payload is required.
   *
   * (ko) V2 API payload 값 입력이 필요 합니다.
   *
   * Wire message: "V2 API payload is missing"
   * Category: signature
   */
  PayloadMissing = "120",
  /**
   * The V2 API signature is required.
   *
   * (ko) V2 API signature 값 입력이 필요 합니다.
   *
   * Wire message: "V2 API signature is missing"
   * Category: signature
   */
  SignatureMissing = "121",
  /**
   * The V2 API nonce is required.
   *
   * (ko) V2 API nonce 값 입력이 필요 합니다.
   *
   * Wire message: "V2 API nonce is missing"
   * Category: signature
   */
  NonceMissing = "122",
  /**
   * The V2 API signature is not correct.
   *
   * (ko) V2 API signature 값이 올바르지 않습니다.
   *
   * Wire message: "V2 API signature is not correct"
   * Category: signature
   */
  SignatureInvalid = "123",
  /**
   * The V2 API nonce must be a positive number.
   *
   * (ko) V2 API Nonce 값은 양의 숫자 값이어야 합니다.
   *
   * Wire message: "V2 API Nonce value must be a positive integer"
   * Category: signature
   */
  NonceNotPositiveInteger = "130",
  /**
   * The V2 API nonce must be greater than the previous nonce.
   *
   * (ko) V2 API Nonce 값은 이전 Nonce 값보다 커야 합니다.
   *
   * Wire message: "V2 API Nonce is must be bigger then last nonce"
   * Category: signature
   */
  NonceNotIncreasing = "131",
  /**
   * This nonce has already been used.
   *
   * (ko) 이미 사용된 Nonce 값 입니다.
   *
   * Wire message: "Nonce already used"
   * Category: signature
   */
  NonceAlreadyUsed = "132",
  /**
   * The nonce must be a UUID.
   *
   * (ko) Nonce값은 UUID 포맷이어야 합니다.
   *
   * Wire message: "Nonce must be in the form of a UUID"
   * Category: signature
   */
  NonceNotUuid = "133",
  /**
   * The V2 API cannot be used with a V1 access token.
   *
   * (ko) V1의 Access Token으로는 V2 API 이용이 불가합니다.
   *
   * Wire message: "It's V2 API. V1 Access token is not acceptable"
   * Category: authentication
   */
  V1TokenNotAccepted = "151",
  /**
   * The address is not valid.
   *
   * (ko) 유효하지 않은 주소입니다.
   *
   * Wire message: "Invalid address"
   * Category: withdrawal
   */
  AddressInvalid = "152",
  /**
   * The address is restricted by the fraud detection system (FDS). Please contact the customer center.
   *
   * (ko) FDS에 의해 제한된 주소입니다. 고객 센터로 연락 부탁드립니다.
   *
   * Wire message: "The address is detected by FDS. Please contact our customer center"
   * Category: withdrawal
   */
  AddressBlockedByFds = "153",
  /**
   * The address must be registered as an API withdrawal address.
   *
   * (ko) API 출금 주소 등록이 필요한 주소입니다.
   *
   * Wire message: "The address is not registered as an API withdrawal address"
   * Category: withdrawal
   */
  AddressNotRegisteredForApi = "154",
  /**
   * Withdrawing through the CODE solution requires a deposit address. Create a deposit address on the Coinone website or app, then try again.
   *
   * (ko) CODE 솔루션을 통한 출금을 위해서는 입금 주소 생성이 필요합니다. 코인원 웹/앱에서 입금주소 생성 후 요청하시기 바랍니다.
   *
   * Wire message: "Withdrawal through the 'CODE Solution' requires registration of the deposit address"
   * Category: withdrawal
   */
  DepositAddressRequired = "155",
  /**
   * The withdrawal address does not exist.
   *
   * (ko) 존재하지 않은 출금 주소입니다.
   *
   * Wire message: "The withdrawal address does not exist"
   * Category: withdrawal
   */
  WithdrawalAddressNotFound = "156",
  /**
   * The balance is not sufficient.
   *
   * (ko) 잔액이 부족합니다.
   *
   * Wire message: "Insufficient balance"
   * Category: withdrawal
   */
  WithdrawalBalanceInsufficient = "157",
  /**
   * The amount is less than the minimum withdrawal amount.
   *
   * (ko) 최소 출금 가능 금액보다 부족합니다.
   *
   * Wire message: "Minimum withdrawal quantity insufficient"
   * Category: withdrawal
   */
  WithdrawalBelowMinimum = "158",
  /**
   * A memo is required for this withdrawal.
   *
   * (ko) 출금을 위해서는 Memo 입력이 필요합니다.
   *
   * Wire message: "Required the memo to proceed with the withdrawal"
   * Category: withdrawal
   */
  MemoRequired = "159",
  /**
   * The deposit or withdrawal ID given when looking up a single deposit or withdrawal is not valid.
   *
   * (ko) 단일 입출금 내역 조회 시 올바르지 않은 입출금 내역 식별 ID가 입력된 경우입니다.
   *
   * Wire message: "Withdrawal/Deposit id is invalid"
   * Category: withdrawal
   */
  TransactionIdInvalid = "160",
  /**
   * The withdrawal quantity is not valid (below the minimum withdrawal quantity, or more decimal places than supported).
   *
   * (ko) 옳바르지 않은 출금 수량입니다. (최소 출금 수량 미만 혹은 지원하지 않는 자릿수)
   *
   * Wire message: "Withdrawal quantity is not correct"
   * Category: withdrawal
   */
  WithdrawalQuantityInvalid = "202",
  /**
   * The order information is not valid.
   *
   * (ko) 유효하지 않은 주문 정보입니다.
   *
   * Wire message: "Invalid order information"
   * Category: order
   */
  OrderInfoInvalid = "300",
  /**
   * Sell orders cannot be placed at or below the base price.
   *
   * (ko) 기본가 이하로는 매도 주문 등록 불가 합니다.
   *
   * Wire message: "Cannot register selling orders below the base price"
   * Category: order
   */
  SellPriceBelowBase = "301",
  /**
   * Sell orders cannot be placed at or above the base price.
   *
   * (ko) 기본가격 이상으로는 매도 주문 등록 불가 합니다.
   *
   * Wire message: "Cannot register selling orders above the base price"
   * Category: order
   */
  SellPriceAboveBase = "302",
  /**
   * Buy orders cannot be placed at or below the base price.
   *
   * (ko) 기본가격 이하로는 매수 주문 등록 불가 합니다.
   *
   * Wire message: "Cannot register buying orders below the base price"
   * Category: order
   */
  BuyPriceBelowBase = "303",
  /**
   * Buy orders cannot be placed at or above the base price.
   *
   * (ko) 기본가격 이상으로는 매수 주문 등록 불가 합니다.
   *
   * Wire message: "Cannot register buying orders above the base price"
   * Category: order
   */
  BuyPriceAboveBase = "304",
  /**
   * An invalid quantity was entered.
   *
   * (ko) 잘못된 수량이 입력되었습니다.
   *
   * Wire message: "Invalid quantity"
   * Category: order
   */
  QuantityInvalid = "305",
  /**
   * Orders at or below the minimum quantity cannot be placed.
   *
   * (ko) 최소 수량 이하로는 주문이 불가 합니다.
   *
   * Wire message: "Cannot be process the orders below the minimum amount"
   * Category: order
   */
  OrderBelowMinimumQuantity = "306",
  /**
   * Orders at or above the maximum quantity cannot be placed.
   *
   * (ko) 최대 수량 이상으로는 주문이 불가 합니다.
   *
   * Wire message: "Cannot be process the orders exceed the maximum amount"
   * Category: order
   */
  OrderAboveMaximumQuantity = "307",
  /**
   * A server error occurred.
   *
   * (ko) 서버 에러가 발생하였습니다.
   *
   * Wire message: "Server error"
   * Category: server
   */
  ServerError = "405",
  /**
   * The two-factor authentication code is not valid.
   *
   * (ko) 유효하지 않은 2-Factor 인증 값입니다.
   *
   * Wire message: "Invalid 2FA"
   * Category: authentication
   */
  TwoFactorCodeInvalid = "777",
  /**
   * This API has been discontinued.
   *
   * (ko) 사용 중지된 API 입니다.
   *
   * Wire message: "API Deprecated"
   * Category: api-access
   */
  ApiDiscontinued = "1201",
  /**
   * The customer does not exist.
   *
   * (ko) 존재하지 않은 고객입니다.
   *
   * Wire message: "User not found"
   * Category: account
   */
  UserNotFound = "1206",
  /**
   * Withdrawals of this virtual asset are suspended, temporarily or permanently. Please check the notices.
   *
   * (ko) 출금이 일시적 혹은 영구적으로 정지된 가상자산입니다. 공지사항을 확인 부탁드립니다.
   *
   * Wire message: "Withdrawal of the virtual asset has been suspended. Please check our notice"
   * Category: withdrawal
   */
  AssetWithdrawalSuspended = "3001",
  /**
   * The withdrawal was rejected for a specific reason.
   *
   * (ko) 출금이 특정 사유로 인해 거절된 상태입니다.
   *
   * Wire message: "Withdrawal is rejected"
   * Category: withdrawal
   */
  WithdrawalRejected = "3002",
  /**
   * The daily withdrawal limit has been exceeded.
   *
   * (ko) 일일 출금 가능 수량을 초과 하였습니다.
   *
   * Wire message: "Exceed daily withdrawal limit"
   * Category: withdrawal
   */
  DailyWithdrawalLimitExceeded = "3003",
  /**
   * The withdrawal failed because withdrawals are delayed for 24 hours after a Korean won (KRW) deposit.
   *
   * (ko) 원화 입금으로 인한 24시간 출금지연 상태로 출금에 실패 하였습니다.
   *
   * Wire message: "Failed by 24-hour withdrawal delay policy"
   * Category: withdrawal
   */
  WithdrawalDelayedAfterKrwDeposit = "3004",
  /**
   * Please complete mobile phone number verification, then try again.
   *
   * (ko) 휴대폰 번호 인증 완료 하신 후에 재시도 부탁드립니다.
   *
   * Wire message: "Try again after complete phone verification"
   * Category: account
   */
  PhoneVerificationRequired = "3005",
  /**
   * An error occurred in your balance. Please contact the customer center.
   *
   * (ko) 잔고에 오류가 발생하였습니다. 고객 센터에 연락 부탁드립니다.
   *
   * Wire message: "An error in the balance. Please contact CS center"
   * Category: balance
   */
  BalanceError = "3007",
  /**
   * The account cannot be used because abnormal trading was detected.
   *
   * (ko) 이상거래에 탐지되어 이용할 수 없는 상태입니다.
   *
   * Wire message: "Account was detected through FDS system monitoring"
   * Category: account
   */
  AccountFlaggedByFds = "3009",
  /**
   * Withdrawals are not possible because the account is locked. It can be unlocked through the PASS app.
   *
   * (ko) 계정잠금으로 인해 출금이 불가한 경우입니다. 패스앱을 통해 해제 가능합니다.
   *
   * Wire message: "Account is locked"
   * Category: account
   */
  AccountLocked = "3010",
  /**
   * The master account has restricted virtual asset withdrawals for this sub-account.
   *
   * (ko) 마스터 계정이 서브 계정의 가상자산 출금을 제한한 상태입니다.
   *
   * Wire message: "Withdrawal is restricted by master account."
   * Category: withdrawal
   */
  WithdrawalRestrictedByMaster = "3011",
}

/** A locale the descriptions are written in. */
export type CoinoneErrorLocale = "en" | "ko";
/** Id of an error category. */
export type CoinoneErrorCategory = "account" | "authentication" | "api-access" | "request" | "signature" | "order" | "balance" | "withdrawal" | "server";
/** What a caller should do about an error. */
export type CoinoneUserAction = "fix-request" | "check-credentials" | "complete-verification" | "contact-support" | "retry-later";

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
  /** True when the same request can succeed later. */
  readonly retryable?: boolean;
  readonly userAction?: CoinoneUserAction;
  /** Set when the code is deprecated. */
  readonly deprecated?: { readonly since: string; readonly reason: string; readonly replacedBy?: CoinoneErrorCode };
  /** Notes for translators and maintainers. */
  readonly notes?: string;
  /** HTTP status observed with this code; the status is not a reliable error signal. */
  readonly httpStatus?: number;
}

/** Metadata of every active code, keyed by code. Frozen. */
export const COINONE_ERRORS: Readonly<Record<CoinoneErrorCode, CoinoneErrorInfo>> = deepFreeze<Readonly<Record<CoinoneErrorCode, CoinoneErrorInfo>>>({
  [CoinoneErrorCode.UserBlocked]: {
    code: CoinoneErrorCode.UserBlocked,
    name: "USER_BLOCKED",
    message: "Blocked user access",
    category: "account",
    description: {
      en: "Access by this user is restricted.",
      ko: "제한된 사용자의 접근입니다.",
    },
  },
  [CoinoneErrorCode.RequestTokenRequired]: {
    code: CoinoneErrorCode.RequestTokenRequired,
    name: "REQUEST_TOKEN_REQUIRED",
    message: "Request Token Parameter is needed",
    category: "authentication",
    description: {
      en: "The request token parameter is required.",
      ko: "토큰 파라미터 요청이 필요 합니다.",
    },
  },
  [CoinoneErrorCode.AccessTokenMissing]: {
    code: CoinoneErrorCode.AccessTokenMissing,
    name: "ACCESS_TOKEN_MISSING",
    message: "Access token is missing",
    category: "authentication",
    description: {
      en: "An access token is required.",
      ko: "액세스 토큰 필요 합니다.",
    },
  },
  [CoinoneErrorCode.AccessTokenInvalid]: {
    code: CoinoneErrorCode.AccessTokenInvalid,
    name: "ACCESS_TOKEN_INVALID",
    message: "Invalid access token",
    category: "authentication",
    description: {
      en: "The access token is not valid.",
      ko: "유효하지 않은 액세스 토큰입니다.",
    },
  },
  [CoinoneErrorCode.ServiceNotFound]: {
    code: CoinoneErrorCode.ServiceNotFound,
    name: "SERVICE_NOT_FOUND",
    message: "This service does not exist",
    category: "api-access",
    description: {
      en: "The requested API service does not exist.",
      ko: "존재하지 않은 API 서비스입니다.",
    },
  },
  [CoinoneErrorCode.ApiRegistrationRequired]: {
    code: CoinoneErrorCode.ApiRegistrationRequired,
    name: "API_REGISTRATION_REQUIRED",
    message: "Customers who need to register for API usage",
    category: "api-access",
    description: {
      en: "You need to register before you can use the API.",
      ko: "API 사용을 위한 등록이 필요 합니다.",
    },
  },
  [CoinoneErrorCode.ServiceNotApproved]: {
    code: CoinoneErrorCode.ServiceNotApproved,
    name: "SERVICE_NOT_APPROVED",
    message: "This service is not approved",
    category: "api-access",
    description: {
      en: "The service has not been approved.",
      ko: "승인되지 않은 서비스입니다.",
    },
  },
  [CoinoneErrorCode.AppSecretInvalid]: {
    code: CoinoneErrorCode.AppSecretInvalid,
    name: "APP_SECRET_INVALID",
    message: "Invalid App Secret",
    category: "authentication",
    description: {
      en: "The App Secret is not valid. Please check its status in the Open API menu on the Coinone website.",
      ko: "유효하지 않은 App Secret 입니다. 코인원 웹 > Open API 메뉴에서 상태 확인 부탁드립니다.",
    },
    userAction: "check-credentials",
  },
  [CoinoneErrorCode.AppIdInvalid]: {
    code: CoinoneErrorCode.AppIdInvalid,
    name: "APP_ID_INVALID",
    message: "Invalid App Id",
    category: "authentication",
    description: {
      en: "The App ID is not valid. Please check its status in the Open API menu on the Coinone website.",
      ko: "유효하지 않은 APP ID 입니다. 코인원 웹 > Open API 메뉴에서 상태 확인 부탁드립니다.",
    },
    userAction: "check-credentials",
  },
  [CoinoneErrorCode.RequestTokenNotFound]: {
    code: CoinoneErrorCode.RequestTokenNotFound,
    name: "REQUEST_TOKEN_NOT_FOUND",
    message: "Request Token does not exist",
    category: "authentication",
    description: {
      en: "The request token does not exist.",
      ko: "존재하지 않은 Request Token 입니다.",
    },
  },
  [CoinoneErrorCode.RequestTokenDeleteFailed]: {
    code: CoinoneErrorCode.RequestTokenDeleteFailed,
    name: "REQUEST_TOKEN_DELETE_FAILED",
    message: "Failed to delete Request Token",
    category: "authentication",
    description: {
      en: "The request token could not be deleted.",
      ko: "Request Token 삭제를 실패 하였습니다.",
    },
  },
  [CoinoneErrorCode.AccessTokenNotFound]: {
    code: CoinoneErrorCode.AccessTokenNotFound,
    name: "ACCESS_TOKEN_NOT_FOUND",
    message: "Access Token does not exist",
    category: "authentication",
    description: {
      en: "The access token does not exist.",
      ko: "존재하지 않은 Access Token 입니다.",
    },
  },
  [CoinoneErrorCode.AccessTokenDeleteFailed]: {
    code: CoinoneErrorCode.AccessTokenDeleteFailed,
    name: "ACCESS_TOKEN_DELETE_FAILED",
    message: "Failed to delete Access Token",
    category: "authentication",
    description: {
      en: "The access token could not be deleted.",
      ko: "Access Token 삭제 실패 하였습니다.",
    },
  },
  [CoinoneErrorCode.AccessTokenRefreshFailed]: {
    code: CoinoneErrorCode.AccessTokenRefreshFailed,
    name: "ACCESS_TOKEN_REFRESH_FAILED",
    message: "Failed to refresh Access Token",
    category: "authentication",
    description: {
      en: "The access token could not be refreshed.",
      ko: "Access Token을 리프레쉬 하는데 실패 하였습니다.",
    },
  },
  [CoinoneErrorCode.ApiPermissionDenied]: {
    code: CoinoneErrorCode.ApiPermissionDenied,
    name: "API_PERMISSION_DENIED",
    message: "Invalid API permission",
    category: "api-access",
    description: {
      en: "The API permission has not been approved.",
      ko: "승인되지 않 API 권한입니다.",
    },
  },
  [CoinoneErrorCode.IdentityVerificationRequired]: {
    code: CoinoneErrorCode.IdentityVerificationRequired,
    name: "IDENTITY_VERIFICATION_REQUIRED",
    message: "You can use the API after complete Coinone identity verification by web or app",
    category: "account",
    description: {
      en: "You can use the API after completing KYC identity verification on the Coinone website or app.",
      ko: "코인원 웹이나 앱을 통한 KYC 인증 이후 API 이용이 가능합니다.",
    },
    userAction: "complete-verification",
  },
  [CoinoneErrorCode.ApiNoLongerAvailable]: {
    code: CoinoneErrorCode.ApiNoLongerAvailable,
    name: "API_NO_LONGER_AVAILABLE",
    message: "This API is no longer available",
    category: "api-access",
    description: {
      en: "This API is no longer valid.",
      ko: "더 이상 유효하지 않은 API 입니다.",
    },
  },
  [CoinoneErrorCode.RealNameAccountRequired]: {
    code: CoinoneErrorCode.RealNameAccountRequired,
    name: "REAL_NAME_ACCOUNT_REQUIRED",
    message: "Customers who did not complete the real name account verification are not allowed to use this service",
    category: "account",
    description: {
      en: "You have not completed real-name bank account verification. Please verify your real-name account in the Coinone app.",
      ko: "실명 계좌 인증을 완료하지 않은 고객 입니다. 코인원 앱을 통해 실명 계좌 인증이 필요 합니다.",
    },
    userAction: "complete-verification",
  },
  [CoinoneErrorCode.TwoFactorAuthFailed]: {
    code: CoinoneErrorCode.TwoFactorAuthFailed,
    name: "TWO_FACTOR_AUTH_FAILED",
    message: "Two Factor Auth Fail",
    category: "authentication",
    description: {
      en: "Two-factor authentication failed.",
      ko: "2-Factor 인증 실패 하였습니다.",
    },
  },
  [CoinoneErrorCode.InvalidFormat]: {
    code: CoinoneErrorCode.InvalidFormat,
    name: "INVALID_FORMAT",
    message: "Invalid format",
    category: "request",
    description: {
      en: "The format is not valid.",
      ko: "유효하지 않은 포맷입니다.",
    },
    userAction: "fix-request",
  },
  [CoinoneErrorCode.BalanceInsufficient]: {
    code: CoinoneErrorCode.BalanceInsufficient,
    name: "BALANCE_INSUFFICIENT",
    message: "Lack of Balance",
    category: "balance",
    description: {
      en: "The balance is insufficient.",
      ko: "잔고가 부족 합니다.",
    },
  },
  [CoinoneErrorCode.OrderNotFound]: {
    code: CoinoneErrorCode.OrderNotFound,
    name: "ORDER_NOT_FOUND",
    message: "Order id is not exist",
    category: "order",
    description: {
      en: "The order does not exist.",
      ko: "존재하지 않은 주문입니다.",
    },
  },
  [CoinoneErrorCode.PriceNotCorrect]: {
    code: CoinoneErrorCode.PriceNotCorrect,
    name: "PRICE_NOT_CORRECT",
    message: "Price is not correct",
    category: "order",
    description: {
      en: "The price is not valid.",
      ko: "올바르지 않은 가격입니다.",
    },
  },
  [CoinoneErrorCode.ParameterError]: {
    code: CoinoneErrorCode.ParameterError,
    name: "PARAMETER_ERROR",
    message: "Parameter error",
    category: "request",
    description: {
      en: "A request parameter is wrong.",
      ko: "파라메터 에러입니다.",
    },
    userAction: "fix-request",
  },
  [CoinoneErrorCode.UnknownCurrency]: {
    code: CoinoneErrorCode.UnknownCurrency,
    name: "UNKNOWN_CURRENCY",
    message: "Unknown cryptocurrency",
    category: "request",
    description: {
      en: "The asset symbol does not exist.",
      ko: "존재하지 않은 종목 심볼입니다.",
    },
  },
  [CoinoneErrorCode.UnknownMarket]: {
    code: CoinoneErrorCode.UnknownMarket,
    name: "UNKNOWN_MARKET",
    message: "Unknown cryptocurrency pair",
    category: "request",
    description: {
      en: "The trading pair does not exist.",
      ko: "존재하지 않은 거래 종목입니다.",
    },
  },
  [CoinoneErrorCode.PriceTooFarFromMarket]: {
    code: CoinoneErrorCode.PriceTooFarFromMarket,
    name: "PRICE_TOO_FAR_FROM_MARKET",
    message: "The order unavailable due to significant price difference between the order price and the current price",
    category: "order",
    description: {
      en: "The order cannot be placed because the order price is too far from the current price.",
      ko: "주문 가격과 현재 가격의 현격한 차이로 주문이 불가 합니다.",
    },
  },
  [CoinoneErrorCode.QuantityTooLow]: {
    code: CoinoneErrorCode.QuantityTooLow,
    name: "QUANTITY_TOO_LOW",
    message: "Quantity is too low",
    category: "order",
    description: {
      en: "The request cannot be processed because the quantity is below the minimum.",
      ko: "최소 수량 미달로 요청이 불가 합니다.",
    },
  },
  [CoinoneErrorCode.OrderQuantityInvalid]: {
    code: CoinoneErrorCode.OrderQuantityInvalid,
    name: "ORDER_QUANTITY_INVALID",
    message: "This is not a valid your order amount",
    category: "order",
    description: {
      en: "The order quantity is not valid.",
      ko: "유효하지 않은 주문 수량 입니다.",
    },
  },
  [CoinoneErrorCode.MaxQuantityExceeded]: {
    code: CoinoneErrorCode.MaxQuantityExceeded,
    name: "MAX_QUANTITY_EXCEEDED",
    message: "The sum of the holding quantity and the quantity of active orders has exceeded the maximum quantity",
    category: "order",
    description: {
      en: "The quantity you hold plus the quantity in your open orders exceeds the maximum quantity.",
      ko: "보유 수량과 등록된 주문 수량의 합 최대 수량을 초과 하였습니다.",
    },
  },
  [CoinoneErrorCode.OrderAlreadyFilled]: {
    code: CoinoneErrorCode.OrderAlreadyFilled,
    name: "ORDER_ALREADY_FILLED",
    message: "Already Traded",
    category: "order",
    description: {
      en: "The order has already been filled.",
      ko: "이미 체결된 주문입니다.",
    },
  },
  [CoinoneErrorCode.OrderAlreadyCanceled]: {
    code: CoinoneErrorCode.OrderAlreadyCanceled,
    name: "ORDER_ALREADY_CANCELED",
    message: "Already Canceled",
    category: "order",
    description: {
      en: "The order has already been canceled.",
      ko: "이미 취소된 주문입니다.",
    },
  },
  [CoinoneErrorCode.OrderAlreadySubmitted]: {
    code: CoinoneErrorCode.OrderAlreadySubmitted,
    name: "ORDER_ALREADY_SUBMITTED",
    message: "Already Submitted.",
    category: "order",
    description: {
      en: "The order has already been placed.",
      ko: "이미 등록된 주문입니다.",
    },
  },
  [CoinoneErrorCode.PayloadMissing]: {
    code: CoinoneErrorCode.PayloadMissing,
    name: "PAYLOAD_MISSING",
    message: "V2 API payload is missing",
    category: "signature",
    description: {
      en: "The V2 API payload is required.",
      ko: "V2 API payload 값 입력이 필요 합니다.",
    },
    userAction: "fix-request",
  },
  [CoinoneErrorCode.SignatureMissing]: {
    code: CoinoneErrorCode.SignatureMissing,
    name: "SIGNATURE_MISSING",
    message: "V2 API signature is missing",
    category: "signature",
    description: {
      en: "The V2 API signature is required.",
      ko: "V2 API signature 값 입력이 필요 합니다.",
    },
    userAction: "fix-request",
  },
  [CoinoneErrorCode.NonceMissing]: {
    code: CoinoneErrorCode.NonceMissing,
    name: "NONCE_MISSING",
    message: "V2 API nonce is missing",
    category: "signature",
    description: {
      en: "The V2 API nonce is required.",
      ko: "V2 API nonce 값 입력이 필요 합니다.",
    },
    userAction: "fix-request",
  },
  [CoinoneErrorCode.SignatureInvalid]: {
    code: CoinoneErrorCode.SignatureInvalid,
    name: "SIGNATURE_INVALID",
    message: "V2 API signature is not correct",
    category: "signature",
    description: {
      en: "The V2 API signature is not correct.",
      ko: "V2 API signature 값이 올바르지 않습니다.",
    },
    userAction: "fix-request",
  },
  [CoinoneErrorCode.NonceNotPositiveInteger]: {
    code: CoinoneErrorCode.NonceNotPositiveInteger,
    name: "NONCE_NOT_POSITIVE_INTEGER",
    message: "V2 API Nonce value must be a positive integer",
    category: "signature",
    description: {
      en: "The V2 API nonce must be a positive number.",
      ko: "V2 API Nonce 값은 양의 숫자 값이어야 합니다.",
    },
    userAction: "fix-request",
  },
  [CoinoneErrorCode.NonceNotIncreasing]: {
    code: CoinoneErrorCode.NonceNotIncreasing,
    name: "NONCE_NOT_INCREASING",
    message: "V2 API Nonce is must be bigger then last nonce",
    category: "signature",
    description: {
      en: "The V2 API nonce must be greater than the previous nonce.",
      ko: "V2 API Nonce 값은 이전 Nonce 값보다 커야 합니다.",
    },
    userAction: "fix-request",
  },
  [CoinoneErrorCode.NonceAlreadyUsed]: {
    code: CoinoneErrorCode.NonceAlreadyUsed,
    name: "NONCE_ALREADY_USED",
    message: "Nonce already used",
    category: "signature",
    description: {
      en: "This nonce has already been used.",
      ko: "이미 사용된 Nonce 값 입니다.",
    },
    userAction: "fix-request",
  },
  [CoinoneErrorCode.NonceNotUuid]: {
    code: CoinoneErrorCode.NonceNotUuid,
    name: "NONCE_NOT_UUID",
    message: "Nonce must be in the form of a UUID",
    category: "signature",
    description: {
      en: "The nonce must be a UUID.",
      ko: "Nonce값은 UUID 포맷이어야 합니다.",
    },
    userAction: "fix-request",
  },
  [CoinoneErrorCode.V1TokenNotAccepted]: {
    code: CoinoneErrorCode.V1TokenNotAccepted,
    name: "V1_TOKEN_NOT_ACCEPTED",
    message: "It's V2 API. V1 Access token is not acceptable",
    category: "authentication",
    description: {
      en: "The V2 API cannot be used with a V1 access token.",
      ko: "V1의 Access Token으로는 V2 API 이용이 불가합니다.",
    },
  },
  [CoinoneErrorCode.AddressInvalid]: {
    code: CoinoneErrorCode.AddressInvalid,
    name: "ADDRESS_INVALID",
    message: "Invalid address",
    category: "withdrawal",
    description: {
      en: "The address is not valid.",
      ko: "유효하지 않은 주소입니다.",
    },
  },
  [CoinoneErrorCode.AddressBlockedByFds]: {
    code: CoinoneErrorCode.AddressBlockedByFds,
    name: "ADDRESS_BLOCKED_BY_FDS",
    message: "The address is detected by FDS. Please contact our customer center",
    category: "withdrawal",
    description: {
      en: "The address is restricted by the fraud detection system (FDS). Please contact the customer center.",
      ko: "FDS에 의해 제한된 주소입니다. 고객 센터로 연락 부탁드립니다.",
    },
    userAction: "contact-support",
  },
  [CoinoneErrorCode.AddressNotRegisteredForApi]: {
    code: CoinoneErrorCode.AddressNotRegisteredForApi,
    name: "ADDRESS_NOT_REGISTERED_FOR_API",
    message: "The address is not registered as an API withdrawal address",
    category: "withdrawal",
    description: {
      en: "The address must be registered as an API withdrawal address.",
      ko: "API 출금 주소 등록이 필요한 주소입니다.",
    },
  },
  [CoinoneErrorCode.DepositAddressRequired]: {
    code: CoinoneErrorCode.DepositAddressRequired,
    name: "DEPOSIT_ADDRESS_REQUIRED",
    message: "Withdrawal through the 'CODE Solution' requires registration of the deposit address",
    category: "withdrawal",
    description: {
      en: "Withdrawing through the CODE solution requires a deposit address. Create a deposit address on the Coinone website or app, then try again.",
      ko: "CODE 솔루션을 통한 출금을 위해서는 입금 주소 생성이 필요합니다. 코인원 웹/앱에서 입금주소 생성 후 요청하시기 바랍니다.",
    },
  },
  [CoinoneErrorCode.WithdrawalAddressNotFound]: {
    code: CoinoneErrorCode.WithdrawalAddressNotFound,
    name: "WITHDRAWAL_ADDRESS_NOT_FOUND",
    message: "The withdrawal address does not exist",
    category: "withdrawal",
    description: {
      en: "The withdrawal address does not exist.",
      ko: "존재하지 않은 출금 주소입니다.",
    },
  },
  [CoinoneErrorCode.WithdrawalBalanceInsufficient]: {
    code: CoinoneErrorCode.WithdrawalBalanceInsufficient,
    name: "WITHDRAWAL_BALANCE_INSUFFICIENT",
    message: "Insufficient balance",
    category: "withdrawal",
    description: {
      en: "The balance is not sufficient.",
      ko: "잔액이 부족합니다.",
    },
  },
  [CoinoneErrorCode.WithdrawalBelowMinimum]: {
    code: CoinoneErrorCode.WithdrawalBelowMinimum,
    name: "WITHDRAWAL_BELOW_MINIMUM",
    message: "Minimum withdrawal quantity insufficient",
    category: "withdrawal",
    description: {
      en: "The amount is less than the minimum withdrawal amount.",
      ko: "최소 출금 가능 금액보다 부족합니다.",
    },
  },
  [CoinoneErrorCode.MemoRequired]: {
    code: CoinoneErrorCode.MemoRequired,
    name: "MEMO_REQUIRED",
    message: "Required the memo to proceed with the withdrawal",
    category: "withdrawal",
    description: {
      en: "A memo is required for this withdrawal.",
      ko: "출금을 위해서는 Memo 입력이 필요합니다.",
    },
  },
  [CoinoneErrorCode.TransactionIdInvalid]: {
    code: CoinoneErrorCode.TransactionIdInvalid,
    name: "TRANSACTION_ID_INVALID",
    message: "Withdrawal/Deposit id is invalid",
    category: "withdrawal",
    description: {
      en: "The deposit or withdrawal ID given when looking up a single deposit or withdrawal is not valid.",
      ko: "단일 입출금 내역 조회 시 올바르지 않은 입출금 내역 식별 ID가 입력된 경우입니다.",
    },
  },
  [CoinoneErrorCode.WithdrawalQuantityInvalid]: {
    code: CoinoneErrorCode.WithdrawalQuantityInvalid,
    name: "WITHDRAWAL_QUANTITY_INVALID",
    message: "Withdrawal quantity is not correct",
    category: "withdrawal",
    description: {
      en: "The withdrawal quantity is not valid (below the minimum withdrawal quantity, or more decimal places than supported).",
      ko: "옳바르지 않은 출금 수량입니다. (최소 출금 수량 미만 혹은 지원하지 않는 자릿수)",
    },
  },
  [CoinoneErrorCode.OrderInfoInvalid]: {
    code: CoinoneErrorCode.OrderInfoInvalid,
    name: "ORDER_INFO_INVALID",
    message: "Invalid order information",
    category: "order",
    description: {
      en: "The order information is not valid.",
      ko: "유효하지 않은 주문 정보입니다.",
    },
  },
  [CoinoneErrorCode.SellPriceBelowBase]: {
    code: CoinoneErrorCode.SellPriceBelowBase,
    name: "SELL_PRICE_BELOW_BASE",
    message: "Cannot register selling orders below the base price",
    category: "order",
    description: {
      en: "Sell orders cannot be placed at or below the base price.",
      ko: "기본가 이하로는 매도 주문 등록 불가 합니다.",
    },
  },
  [CoinoneErrorCode.SellPriceAboveBase]: {
    code: CoinoneErrorCode.SellPriceAboveBase,
    name: "SELL_PRICE_ABOVE_BASE",
    message: "Cannot register selling orders above the base price",
    category: "order",
    description: {
      en: "Sell orders cannot be placed at or above the base price.",
      ko: "기본가격 이상으로는 매도 주문 등록 불가 합니다.",
    },
  },
  [CoinoneErrorCode.BuyPriceBelowBase]: {
    code: CoinoneErrorCode.BuyPriceBelowBase,
    name: "BUY_PRICE_BELOW_BASE",
    message: "Cannot register buying orders below the base price",
    category: "order",
    description: {
      en: "Buy orders cannot be placed at or below the base price.",
      ko: "기본가격 이하로는 매수 주문 등록 불가 합니다.",
    },
  },
  [CoinoneErrorCode.BuyPriceAboveBase]: {
    code: CoinoneErrorCode.BuyPriceAboveBase,
    name: "BUY_PRICE_ABOVE_BASE",
    message: "Cannot register buying orders above the base price",
    category: "order",
    description: {
      en: "Buy orders cannot be placed at or above the base price.",
      ko: "기본가격 이상으로는 매수 주문 등록 불가 합니다.",
    },
  },
  [CoinoneErrorCode.QuantityInvalid]: {
    code: CoinoneErrorCode.QuantityInvalid,
    name: "QUANTITY_INVALID",
    message: "Invalid quantity",
    category: "order",
    description: {
      en: "An invalid quantity was entered.",
      ko: "잘못된 수량이 입력되었습니다.",
    },
  },
  [CoinoneErrorCode.OrderBelowMinimumQuantity]: {
    code: CoinoneErrorCode.OrderBelowMinimumQuantity,
    name: "ORDER_BELOW_MINIMUM_QUANTITY",
    message: "Cannot be process the orders below the minimum amount",
    category: "order",
    description: {
      en: "Orders at or below the minimum quantity cannot be placed.",
      ko: "최소 수량 이하로는 주문이 불가 합니다.",
    },
  },
  [CoinoneErrorCode.OrderAboveMaximumQuantity]: {
    code: CoinoneErrorCode.OrderAboveMaximumQuantity,
    name: "ORDER_ABOVE_MAXIMUM_QUANTITY",
    message: "Cannot be process the orders exceed the maximum amount",
    category: "order",
    description: {
      en: "Orders at or above the maximum quantity cannot be placed.",
      ko: "최대 수량 이상으로는 주문이 불가 합니다.",
    },
  },
  [CoinoneErrorCode.ServerError]: {
    code: CoinoneErrorCode.ServerError,
    name: "SERVER_ERROR",
    message: "Server error",
    category: "server",
    description: {
      en: "A server error occurred.",
      ko: "서버 에러가 발생하였습니다.",
    },
  },
  [CoinoneErrorCode.TwoFactorCodeInvalid]: {
    code: CoinoneErrorCode.TwoFactorCodeInvalid,
    name: "TWO_FACTOR_CODE_INVALID",
    message: "Invalid 2FA",
    category: "authentication",
    description: {
      en: "The two-factor authentication code is not valid.",
      ko: "유효하지 않은 2-Factor 인증 값입니다.",
    },
  },
  [CoinoneErrorCode.ApiDiscontinued]: {
    code: CoinoneErrorCode.ApiDiscontinued,
    name: "API_DISCONTINUED",
    message: "API Deprecated",
    category: "api-access",
    description: {
      en: "This API has been discontinued.",
      ko: "사용 중지된 API 입니다.",
    },
  },
  [CoinoneErrorCode.UserNotFound]: {
    code: CoinoneErrorCode.UserNotFound,
    name: "USER_NOT_FOUND",
    message: "User not found",
    category: "account",
    description: {
      en: "The customer does not exist.",
      ko: "존재하지 않은 고객입니다.",
    },
  },
  [CoinoneErrorCode.AssetWithdrawalSuspended]: {
    code: CoinoneErrorCode.AssetWithdrawalSuspended,
    name: "ASSET_WITHDRAWAL_SUSPENDED",
    message: "Withdrawal of the virtual asset has been suspended. Please check our notice",
    category: "withdrawal",
    description: {
      en: "Withdrawals of this virtual asset are suspended, temporarily or permanently. Please check the notices.",
      ko: "출금이 일시적 혹은 영구적으로 정지된 가상자산입니다. 공지사항을 확인 부탁드립니다.",
    },
  },
  [CoinoneErrorCode.WithdrawalRejected]: {
    code: CoinoneErrorCode.WithdrawalRejected,
    name: "WITHDRAWAL_REJECTED",
    message: "Withdrawal is rejected",
    category: "withdrawal",
    description: {
      en: "The withdrawal was rejected for a specific reason.",
      ko: "출금이 특정 사유로 인해 거절된 상태입니다.",
    },
  },
  [CoinoneErrorCode.DailyWithdrawalLimitExceeded]: {
    code: CoinoneErrorCode.DailyWithdrawalLimitExceeded,
    name: "DAILY_WITHDRAWAL_LIMIT_EXCEEDED",
    message: "Exceed daily withdrawal limit",
    category: "withdrawal",
    description: {
      en: "The daily withdrawal limit has been exceeded.",
      ko: "일일 출금 가능 수량을 초과 하였습니다.",
    },
  },
  [CoinoneErrorCode.WithdrawalDelayedAfterKrwDeposit]: {
    code: CoinoneErrorCode.WithdrawalDelayedAfterKrwDeposit,
    name: "WITHDRAWAL_DELAYED_AFTER_KRW_DEPOSIT",
    message: "Failed by 24-hour withdrawal delay policy",
    category: "withdrawal",
    description: {
      en: "The withdrawal failed because withdrawals are delayed for 24 hours after a Korean won (KRW) deposit.",
      ko: "원화 입금으로 인한 24시간 출금지연 상태로 출금에 실패 하였습니다.",
    },
  },
  [CoinoneErrorCode.PhoneVerificationRequired]: {
    code: CoinoneErrorCode.PhoneVerificationRequired,
    name: "PHONE_VERIFICATION_REQUIRED",
    message: "Try again after complete phone verification",
    category: "account",
    description: {
      en: "Please complete mobile phone number verification, then try again.",
      ko: "휴대폰 번호 인증 완료 하신 후에 재시도 부탁드립니다.",
    },
    userAction: "complete-verification",
  },
  [CoinoneErrorCode.BalanceError]: {
    code: CoinoneErrorCode.BalanceError,
    name: "BALANCE_ERROR",
    message: "An error in the balance. Please contact CS center",
    category: "balance",
    description: {
      en: "An error occurred in your balance. Please contact the customer center.",
      ko: "잔고에 오류가 발생하였습니다. 고객 센터에 연락 부탁드립니다.",
    },
    userAction: "contact-support",
  },
  [CoinoneErrorCode.AccountFlaggedByFds]: {
    code: CoinoneErrorCode.AccountFlaggedByFds,
    name: "ACCOUNT_FLAGGED_BY_FDS",
    message: "Account was detected through FDS system monitoring",
    category: "account",
    description: {
      en: "The account cannot be used because abnormal trading was detected.",
      ko: "이상거래에 탐지되어 이용할 수 없는 상태입니다.",
    },
  },
  [CoinoneErrorCode.AccountLocked]: {
    code: CoinoneErrorCode.AccountLocked,
    name: "ACCOUNT_LOCKED",
    message: "Account is locked",
    category: "account",
    description: {
      en: "Withdrawals are not possible because the account is locked. It can be unlocked through the PASS app.",
      ko: "계정잠금으로 인해 출금이 불가한 경우입니다. 패스앱을 통해 해제 가능합니다.",
    },
  },
  [CoinoneErrorCode.WithdrawalRestrictedByMaster]: {
    code: CoinoneErrorCode.WithdrawalRestrictedByMaster,
    name: "WITHDRAWAL_RESTRICTED_BY_MASTER",
    message: "Withdrawal is restricted by master account.",
    category: "withdrawal",
    description: {
      en: "The master account has restricted virtual asset withdrawals for this sub-account.",
      ko: "마스터 계정이 서브 계정의 가상자산 출금을 제한한 상태입니다.",
    },
  },
});

/** Retired codes: no longer sent, reserved forever, never reused for another error. */
export const RESERVED_COINONE_ERROR_CODES: readonly string[] = Object.freeze([]);
/** Every locale the descriptions are written in; the first is the fallback. */
export const COINONE_ERROR_LOCALES: readonly CoinoneErrorLocale[] = Object.freeze(["en", "ko"]);

/** True when `value` is a code this catalog knows (an active code, deprecated included). */
export function isCoinoneErrorCode(value: unknown): value is CoinoneErrorCode {
  return typeof value === "string" && Object.prototype.hasOwnProperty.call(COINONE_ERRORS, value);
}

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
export function parseCoinoneError(body: unknown): CoinoneParsedError | undefined {
  let value: unknown = body;
  let result: unknown;
  let code: string | undefined;
  let serverMessage: string | undefined;
  try {
    if (typeof value === "string") value = JSON.parse(value);
    // Array.isArray throws on a revoked Proxy, and a getter or proxy trap can throw: all inside the try.
    if (typeof value !== "object" || value === null || Array.isArray(value)) return undefined;
    const record = value as Record<string, unknown>;
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
export function describeCoinoneError(code: string, locale: CoinoneErrorLocale | (string & {}) = "en"): string | undefined {
  if (!isCoinoneErrorCode(code)) return undefined;
  const texts: Readonly<Record<string, string>> = COINONE_ERRORS[code].description;
  // Own properties only: a locale from a request may be "constructor" or "__proto__".
  const language = typeof locale === "string" ? locale : "en";
  return readText(ownValue(texts, language)) ?? readText(ownValue(texts, language.split("-")[0] ?? "")) ?? texts["en"];
}

/** An error the API returned, ready to throw. `message` reads like `[105 PRICE_NOT_CORRECT] Price is not correct`. */
export class CoinoneApiError extends Error {
  /** The wire code, as sent. */
  readonly code: string | undefined;
  /** True when the catalog knows the code. */
  readonly known: boolean;
  /** The catalog's info for a known code. */
  readonly info: CoinoneErrorInfo | undefined;
  /** The message the server sent, if any; it may differ from the documented one. */
  readonly serverMessage: string | undefined;

  constructor(code: string | undefined, serverMessage?: string | undefined) {
    const info = isCoinoneErrorCode(code) ? COINONE_ERRORS[code] : undefined;
    super(`[${code ?? "no code"}${info ? ` ${info.name}` : ""}] ${serverMessage ?? info?.message ?? "unknown error"}`);
    this.name = "CoinoneApiError";
    this.code = code;
    this.known = info !== undefined;
    this.info = info;
    this.serverMessage = serverMessage;
  }

  /** Builds the error from a response body with `parseCoinoneError`; `undefined` when the body is not an error. */
  public static fromResponse(body: unknown): CoinoneApiError | undefined {
    const parsed = parseCoinoneError(body);
    return parsed === undefined ? undefined : new CoinoneApiError(parsed.code, parsed.serverMessage);
  }
}

/** The value of an own property, never one inherited from `Object.prototype`. */
function ownValue(record: object, key: string): unknown {
  return Object.prototype.hasOwnProperty.call(record, key) ? (record as Record<string, unknown>)[key] : undefined;
}

function readText(value: unknown): string | undefined {
  if (typeof value === "string") return value;
  if (typeof value === "number" && Number.isFinite(value)) return String(value);
  return undefined;
}

function deepFreeze<T>(value: T): T {
  if (typeof value === "object" && value !== null) {
    for (const child of Object.values(value)) deepFreeze(child);
    Object.freeze(value);
  }
  return value;
}
