// Generated from spec/errors.yaml by coinone-error-codes. Do not edit: change the spec and run `npm run generate`.
package coinone.errorcodes;

import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Coinone Open API errors (catalog coinone 4.0.0).
 *
 * <p>Every active error code, in code order; deprecated codes are marked {@link Deprecated}.
 * Look a wire code up with {@link #resolve(String)}; retired codes are never constants
 * (see {@link CoinoneErrors#reservedCodes()}).
 */
public enum CoinoneErrorCode {
    /**
     * Access by this user is restricted.
     *
     * <p>ko: 제한된 사용자의 접근입니다.
     *
     * <p>Code: 4
     *
     * <p>Message: Blocked user access
     *
     * <p>Category: account (Account status)
     */
    USER_BLOCKED("4"),

    /**
     * The request token parameter is required.
     *
     * <p>ko: 토큰 파라미터 요청이 필요 합니다.
     *
     * <p>Code: 8
     *
     * <p>Message: Request Token Parameter is needed
     *
     * <p>Category: authentication (Authentication and tokens)
     */
    REQUEST_TOKEN_REQUIRED("8"),

    /**
     * The request comes from an IP address whose access is restricted.
     *
     * <p>ko: 접근이 제한된 IP로부터의 요청입니다.
     *
     * <p>Code: 10
     *
     * <p>Message: This IP address is not allowed.
     *
     * <p>Category: api-access (API access and permissions)
     */
    IP_NOT_ALLOWED("10"),

    /**
     * An access token is required.
     *
     * <p>ko: 액세스 토큰 필요 합니다.
     *
     * <p>Code: 11
     *
     * <p>Message: Access token is missing
     *
     * <p>Category: authentication (Authentication and tokens)
     */
    ACCESS_TOKEN_MISSING("11"),

    /**
     * The access token is not valid.
     *
     * <p>ko: 유효하지 않은 액세스 토큰입니다.
     *
     * <p>Code: 12
     *
     * <p>Message: Invalid access token
     *
     * <p>Category: authentication (Authentication and tokens)
     */
    ACCESS_TOKEN_INVALID("12"),

    /**
     * The requested API service does not exist.
     *
     * <p>ko: 존재하지 않은 API 서비스입니다.
     *
     * <p>Code: 20
     *
     * <p>Message: This service does not exist
     *
     * <p>Category: api-access (API access and permissions)
     */
    SERVICE_NOT_FOUND("20"),

    /**
     * You need to register before you can use the API.
     *
     * <p>ko: API 사용을 위한 등록이 필요 합니다.
     *
     * <p>Code: 21
     *
     * <p>Message: Customers who need to register for API usage
     *
     * <p>Category: api-access (API access and permissions)
     */
    API_REGISTRATION_REQUIRED("21"),

    /**
     * The service has not been approved.
     *
     * <p>ko: 승인되지 않은 서비스입니다.
     *
     * <p>Code: 22
     *
     * <p>Message: This service is not approved
     *
     * <p>Category: api-access (API access and permissions)
     */
    SERVICE_NOT_APPROVED("22"),

    /**
     * The App Secret is not valid. Please check its status in the Open API menu on the Coinone website.
     *
     * <p>ko: 유효하지 않은 App Secret 입니다. 코인원 웹 &gt; Open API 메뉴에서 상태 확인 부탁드립니다.
     *
     * <p>Code: 23
     *
     * <p>Message: Invalid App Secret
     *
     * <p>Category: authentication (Authentication and tokens)
     */
    APP_SECRET_INVALID("23"),

    /**
     * The App ID is not valid. Please check its status in the Open API menu on the Coinone website.
     *
     * <p>ko: 유효하지 않은 APP ID 입니다. 코인원 웹 &gt; Open API 메뉴에서 상태 확인 부탁드립니다.
     *
     * <p>Code: 24
     *
     * <p>Message: Invalid App Id
     *
     * <p>Category: authentication (Authentication and tokens)
     */
    APP_ID_INVALID("24"),

    /**
     * The request token does not exist.
     *
     * <p>ko: 존재하지 않은 Request Token 입니다.
     *
     * <p>Code: 25
     *
     * <p>Message: Request Token does not exist
     *
     * <p>Category: authentication (Authentication and tokens)
     */
    REQUEST_TOKEN_NOT_FOUND("25"),

    /**
     * The request token could not be deleted.
     *
     * <p>ko: Request Token 삭제를 실패 하였습니다.
     *
     * <p>Code: 26
     *
     * <p>Message: Failed to delete Request Token
     *
     * <p>Category: authentication (Authentication and tokens)
     */
    REQUEST_TOKEN_DELETE_FAILED("26"),

    /**
     * The access token does not exist.
     *
     * <p>ko: 존재하지 않은 Access Token 입니다.
     *
     * <p>Code: 27
     *
     * <p>Message: Access Token does not exist
     *
     * <p>Category: authentication (Authentication and tokens)
     */
    ACCESS_TOKEN_NOT_FOUND("27"),

    /**
     * The access token could not be deleted.
     *
     * <p>ko: Access Token 삭제 실패 하였습니다.
     *
     * <p>Code: 28
     *
     * <p>Message: Failed to delete Access Token
     *
     * <p>Category: authentication (Authentication and tokens)
     */
    ACCESS_TOKEN_DELETE_FAILED("28"),

    /**
     * The access token could not be refreshed.
     *
     * <p>ko: Access Token을 리프레쉬 하는데 실패 하였습니다.
     *
     * <p>Code: 29
     *
     * <p>Message: Failed to refresh Access Token
     *
     * <p>Category: authentication (Authentication and tokens)
     */
    ACCESS_TOKEN_REFRESH_FAILED("29"),

    /**
     * The API permission has not been approved.
     *
     * <p>ko: 승인되지 않은 API 권한입니다.
     *
     * <p>Code: 40
     *
     * <p>Message: Invalid API permission
     *
     * <p>Category: api-access (API access and permissions)
     */
    API_PERMISSION_DENIED("40"),

    /**
     * You can use the API after completing KYC identity verification on the Coinone website or app.
     *
     * <p>ko: 코인원 웹이나 앱을 통한 KYC 인증 이후 API 이용이 가능합니다.
     *
     * <p>Code: 50
     *
     * <p>Message: You can use the API after complete Coinone identity verification by web or app
     *
     * <p>Category: account (Account status)
     */
    IDENTITY_VERIFICATION_REQUIRED("50"),

    /**
     * This API is no longer valid.
     *
     * <p>ko: 더 이상 유효하지 않은 API 입니다.
     *
     * <p>Code: 51
     *
     * <p>Message: This API is no longer available
     *
     * <p>Category: api-access (API access and permissions)
     */
    API_NO_LONGER_AVAILABLE("51"),

    /**
     * You have not completed real-name bank account verification. Please verify your real-name account in the Coinone app.
     *
     * <p>ko: 실명 계좌 인증을 완료하지 않은 고객 입니다. 코인원 앱을 통해 실명 계좌 인증이 필요 합니다.
     *
     * <p>Code: 52
     *
     * <p>Message: Customers who did not complete the real name account verification are not allowed to use this service
     *
     * <p>Category: account (Account status)
     */
    REAL_NAME_ACCOUNT_REQUIRED("52"),

    /**
     * Two-factor authentication failed.
     *
     * <p>ko: 2-Factor 인증 실패 하였습니다.
     *
     * <p>Code: 53
     *
     * <p>Message: Two Factor Auth Fail
     *
     * <p>Category: authentication (Authentication and tokens)
     */
    TWO_FACTOR_AUTH_FAILED("53"),

    /**
     * The format is not valid.
     *
     * <p>ko: 유효하지 않은 포맷입니다.
     *
     * <p>Code: 101
     *
     * <p>Message: Invalid format
     *
     * <p>Category: request (Request parameters)
     */
    INVALID_FORMAT("101"),

    /**
     * The balance is insufficient.
     *
     * <p>ko: 잔고가 부족 합니다.
     *
     * <p>Code: 103
     *
     * <p>Message: Lack of Balance
     *
     * <p>Category: balance (Balance)
     */
    BALANCE_INSUFFICIENT("103"),

    /**
     * The order does not exist.
     *
     * <p>ko: 존재하지 않은 주문입니다.
     *
     * <p>Code: 104
     *
     * <p>Message: Order id is not exist
     *
     * <p>Category: order (Orders)
     */
    ORDER_NOT_FOUND("104"),

    /**
     * The price is not valid.
     *
     * <p>ko: 올바르지 않은 가격입니다.
     *
     * <p>Code: 105
     *
     * <p>Message: Price is not correct
     *
     * <p>Category: order (Orders)
     */
    PRICE_NOT_CORRECT("105"),

    /**
     * A request parameter is wrong.
     *
     * <p>ko: 파라메터 에러입니다.
     *
     * <p>Code: 107
     *
     * <p>Message: Parameter error
     *
     * <p>Category: request (Request parameters)
     */
    PARAMETER_ERROR("107"),

    /**
     * The asset symbol does not exist.
     *
     * <p>ko: 존재하지 않은 종목 심볼입니다.
     *
     * <p>Code: 108
     *
     * <p>Message: Unknown cryptocurrency
     *
     * <p>Category: request (Request parameters)
     */
    UNKNOWN_CURRENCY("108"),

    /**
     * The trading pair does not exist.
     *
     * <p>ko: 존재하지 않은 거래 종목입니다.
     *
     * <p>Code: 109
     *
     * <p>Message: Unknown cryptocurrency pair
     *
     * <p>Category: request (Request parameters)
     */
    UNKNOWN_MARKET("109"),

    /**
     * The order cannot be placed because the order price is too far from the current price.
     *
     * <p>ko: 주문 가격과 현재 가격의 현격한 차이로 주문이 불가 합니다.
     *
     * <p>Code: 111
     *
     * <p>Message: The order unavailable due to significant price difference between the order price and the current price
     *
     * <p>Category: order (Orders)
     */
    PRICE_TOO_FAR_FROM_MARKET("111"),

    /**
     * The request cannot be processed because the quantity is below the minimum.
     *
     * <p>ko: 최소 수량 미달로 요청이 불가 합니다.
     *
     * <p>Code: 113
     *
     * <p>Message: Quantity is too low
     *
     * <p>Category: order (Orders)
     */
    QUANTITY_TOO_LOW("113"),

    /**
     * The order quantity is not valid.
     *
     * <p>ko: 유효하지 않은 주문 수량 입니다.
     *
     * <p>Code: 114
     *
     * <p>Message: This is not a valid your order amount
     *
     * <p>Category: order (Orders)
     */
    ORDER_QUANTITY_INVALID("114"),

    /**
     * The quantity you hold plus the quantity in your open orders exceeds the maximum quantity.
     *
     * <p>ko: 보유 수량과 등록된 주문 수량의 합 최대 수량을 초과 하였습니다.
     *
     * <p>Code: 115
     *
     * <p>Message: The sum of the holding quantity and the quantity of active orders has exceeded the maximum quantity
     *
     * <p>Category: order (Orders)
     */
    MAX_QUANTITY_EXCEEDED("115"),

    /**
     * The order has already been filled.
     *
     * <p>ko: 이미 체결된 주문입니다.
     *
     * <p>Code: 116
     *
     * <p>Message: Already Traded
     *
     * <p>Category: order (Orders)
     */
    ORDER_ALREADY_FILLED("116"),

    /**
     * The order has already been canceled.
     *
     * <p>ko: 이미 취소된 주문입니다.
     *
     * <p>Code: 117
     *
     * <p>Message: Already Canceled
     *
     * <p>Category: order (Orders)
     */
    ORDER_ALREADY_CANCELED("117"),

    /**
     * The order has already been placed.
     *
     * <p>ko: 이미 등록된 주문입니다.
     *
     * <p>Code: 118
     *
     * <p>Message: Already Submitted.
     *
     * <p>Category: order (Orders)
     */
    ORDER_ALREADY_SUBMITTED("118"),

    /**
     * The V2 API payload is required.
     *
     * <p>ko: V2 API payload 값 입력이 필요 합니다.
     *
     * <p>Code: 120
     *
     * <p>Message: V2 API payload is missing
     *
     * <p>Category: signature (Signature and nonce (V2))
     */
    PAYLOAD_MISSING("120"),

    /**
     * The V2 API signature is required.
     *
     * <p>ko: V2 API signature 값 입력이 필요 합니다.
     *
     * <p>Code: 121
     *
     * <p>Message: V2 API signature is missing
     *
     * <p>Category: signature (Signature and nonce (V2))
     */
    SIGNATURE_MISSING("121"),

    /**
     * The V2 API nonce is required.
     *
     * <p>ko: V2 API nonce 값 입력이 필요 합니다.
     *
     * <p>Code: 122
     *
     * <p>Message: V2 API nonce is missing
     *
     * <p>Category: signature (Signature and nonce (V2))
     */
    NONCE_MISSING("122"),

    /**
     * The V2 API signature is not correct.
     *
     * <p>ko: V2 API signature 값이 올바르지 않습니다.
     *
     * <p>Code: 123
     *
     * <p>Message: V2 API signature is not correct
     *
     * <p>Category: signature (Signature and nonce (V2))
     */
    SIGNATURE_INVALID("123"),

    /**
     * The V2 API nonce must be a positive number.
     *
     * <p>ko: V2 API Nonce 값은 양의 숫자 값이어야 합니다.
     *
     * <p>Code: 130
     *
     * <p>Message: V2 API Nonce value must be a positive integer
     *
     * <p>Category: signature (Signature and nonce (V2))
     */
    NONCE_NOT_POSITIVE_INTEGER("130"),

    /**
     * The V2 API nonce must be greater than the previous nonce.
     *
     * <p>ko: V2 API Nonce 값은 이전 Nonce 값보다 커야 합니다.
     *
     * <p>Code: 131
     *
     * <p>Message: V2 API Nonce is must be bigger then last nonce
     *
     * <p>Category: signature (Signature and nonce (V2))
     */
    NONCE_NOT_INCREASING("131"),

    /**
     * This nonce has already been used.
     *
     * <p>ko: 이미 사용된 Nonce 값 입니다.
     *
     * <p>Code: 132
     *
     * <p>Message: Nonce already used
     *
     * <p>Category: signature (Signature and nonce (V2))
     */
    NONCE_ALREADY_USED("132"),

    /**
     * The nonce must be a UUID.
     *
     * <p>ko: Nonce값은 UUID 포맷이어야 합니다.
     *
     * <p>Code: 133
     *
     * <p>Message: Nonce must be in the form of a UUID
     *
     * <p>Category: signature (Signature and nonce (V2))
     */
    NONCE_NOT_UUID("133"),

    /**
     * The V2 API cannot be used with a V1 access token.
     *
     * <p>ko: V1의 Access Token으로는 V2 API 이용이 불가합니다.
     *
     * <p>Code: 151
     *
     * <p>Message: It's V2 API. V1 Access token is not acceptable
     *
     * <p>Category: authentication (Authentication and tokens)
     */
    V1_TOKEN_NOT_ACCEPTED("151"),

    /**
     * The address is not valid.
     *
     * <p>ko: 유효하지 않은 주소입니다.
     *
     * <p>Code: 152
     *
     * <p>Message: Invalid address
     *
     * <p>Category: withdrawal (Withdrawals)
     */
    ADDRESS_INVALID("152"),

    /**
     * The address is restricted by the fraud detection system (FDS). Please contact the customer center.
     *
     * <p>ko: FDS에 의해 제한된 주소입니다. 고객 센터로 연락 부탁드립니다.
     *
     * <p>Code: 153
     *
     * <p>Message: The address is detected by FDS. Please contact our customer center
     *
     * <p>Category: withdrawal (Withdrawals)
     */
    ADDRESS_BLOCKED_BY_FDS("153"),

    /**
     * The address must be registered as an API withdrawal address.
     *
     * <p>ko: API 출금 주소 등록이 필요한 주소입니다.
     *
     * <p>Code: 154
     *
     * <p>Message: The address is not registered as an API withdrawal address
     *
     * <p>Category: withdrawal (Withdrawals)
     */
    ADDRESS_NOT_REGISTERED_FOR_API("154"),

    /**
     * Withdrawing through the CODE solution requires a deposit address. Create a deposit address on the Coinone website or app, then try again.
     *
     * <p>ko: CODE 솔루션을 통한 출금을 위해서는 입금 주소 생성이 필요합니다. 코인원 웹/앱에서 입금주소 생성 후 요청하시기 바랍니다.
     *
     * <p>Code: 155
     *
     * <p>Message: Withdrawal through the 'CODE Solution' requires registration of the deposit address
     *
     * <p>Category: withdrawal (Withdrawals)
     */
    DEPOSIT_ADDRESS_REQUIRED("155"),

    /**
     * The withdrawal address does not exist.
     *
     * <p>ko: 존재하지 않은 출금 주소입니다.
     *
     * <p>Code: 156
     *
     * <p>Message: The withdrawal address does not exist
     *
     * <p>Category: withdrawal (Withdrawals)
     */
    WITHDRAWAL_ADDRESS_NOT_FOUND("156"),

    /**
     * The balance is not sufficient.
     *
     * <p>ko: 잔액이 부족합니다.
     *
     * <p>Code: 157
     *
     * <p>Message: Insufficient balance
     *
     * <p>Category: withdrawal (Withdrawals)
     */
    WITHDRAWAL_BALANCE_INSUFFICIENT("157"),

    /**
     * The amount is less than the minimum withdrawal amount.
     *
     * <p>ko: 최소 출금 가능 금액보다 부족합니다.
     *
     * <p>Code: 158
     *
     * <p>Message: Minimum withdrawal quantity insufficient
     *
     * <p>Category: withdrawal (Withdrawals)
     */
    WITHDRAWAL_BELOW_MINIMUM("158"),

    /**
     * A memo is required for this withdrawal.
     *
     * <p>ko: 출금을 위해서는 Memo 입력이 필요합니다.
     *
     * <p>Code: 159
     *
     * <p>Message: Required the memo to proceed with the withdrawal
     *
     * <p>Category: withdrawal (Withdrawals)
     */
    MEMO_REQUIRED("159"),

    /**
     * The deposit or withdrawal ID given when looking up a single deposit or withdrawal is not valid.
     *
     * <p>ko: 단일 입출금 내역 조회 시 올바르지 않은 입출금 내역 식별 ID가 입력된 경우입니다.
     *
     * <p>Code: 160
     *
     * <p>Message: Withdrawal/Deposit id is invalid
     *
     * <p>Category: withdrawal (Withdrawals)
     */
    TRANSACTION_ID_INVALID("160"),

    /**
     * The price field, required for limit and stop-limit orders, was not given.
     *
     * <p>ko: 지정가, 예약 지정가 주문시 필수정보인 가격필드가 입력되지 않은 경우입니다.
     *
     * <p>Code: 161
     *
     * <p>Message: price is required for LIMIT or STOP_LIMIT order.
     *
     * <p>Category: order (Orders)
     */
    PRICE_REQUIRED("161"),

    /**
     * The quantity field, required for limit, stop-limit and market (sell) orders, was not given.
     *
     * <p>ko: 지정가, 예약 지정가, 시장가(매도), 주문시 필수정보인 수량필드가 입력되지 않은 경우입니다.
     *
     * <p>Code: 162
     *
     * <p>Message: qty is required for LIMIT or STOP_LIMIT or MARKET(SELL) order.
     *
     * <p>Category: order (Orders)
     */
    QUANTITY_REQUIRED("162"),

    /**
     * The post_only field, required for limit orders, was not given.
     *
     * <p>ko: 지정가 주문시 필수정보인 post_only필드가 입력되지 않은 경우입니다.
     *
     * <p>Code: 163
     *
     * <p>Message: post_only is required for LIMIT order.
     *
     * <p>Category: order (Orders)
     */
    POST_ONLY_REQUIRED("163"),

    /**
     * The trigger_price field, required for stop-limit orders, was not given.
     *
     * <p>ko: 예약 지정가 주문시 필수정보인 trigger_price 필드가 입력되지 않은 경우입니다.
     *
     * <p>Code: 164
     *
     * <p>Message: trigger_price is required for STOP_LIMIT order
     *
     * <p>Category: order (Orders)
     */
    TRIGGER_PRICE_REQUIRED("164"),

    /**
     * The total amount field, required for market (buy) orders, was not given.
     *
     * <p>ko: 시장가(매수) 주문시 필수정보인 총액필드가 입력되지 않은 경우입니다.
     *
     * <p>Code: 165
     *
     * <p>Message: amount is required for MARKET(BUY) order.
     *
     * <p>Category: order (Orders)
     */
    AMOUNT_REQUIRED("165"),

    /**
     * The order type given in a V2.1 Order API request is not supported. Supported order types: LIMIT, MARKET, STOP_LIMIT (upper case only).
     *
     * <p>ko: V2.1 Order API 요청시 입력한 주문타입이 지원하지 않는 주문타입인 경우입니다. 가능한 주문 타입 : LIMIT, MARKET, STOP_LIMIT (대문자만 가능)
     *
     * <p>Code: 166
     *
     * <p>Message: Not Supported Order Type.
     *
     * <p>Category: order (Orders)
     */
    ORDER_TYPE_NOT_SUPPORTED("166"),

    /**
     * For a stop-limit order, the trigger_price given equals the coin's current price.
     *
     * <p>ko: 예약지정가 주문시 trigger_price 에 입력하신 값이 해당 코인의 현재가와 동일한 경우입니다.
     *
     * <p>Code: 167
     *
     * <p>Message: trigger price and current price can not be same.
     *
     * <p>Category: order (Orders)
     */
    TRIGGER_PRICE_EQUALS_CURRENT_PRICE("167"),

    /**
     * The withdrawal quantity is not valid (below the minimum withdrawal quantity, or more decimal places than supported).
     *
     * <p>ko: 옳바르지 않은 출금 수량입니다. (최소 출금 수량 미만 혹은 지원하지 않는 자릿수)
     *
     * <p>Code: 202
     *
     * <p>Message: Withdrawal quantity is not correct
     *
     * <p>Category: withdrawal (Withdrawals)
     */
    WITHDRAWAL_QUANTITY_INVALID("202"),

    /**
     * The order information is not valid.
     *
     * <p>ko: 유효하지 않은 주문 정보입니다.
     *
     * <p>Code: 300
     *
     * <p>Message: Invalid order information
     *
     * <p>Category: order (Orders)
     */
    ORDER_INFO_INVALID("300"),

    /**
     * Sell orders cannot be placed at or below the base price.
     *
     * <p>ko: 기본가 이하로는 매도 주문 등록 불가 합니다.
     *
     * <p>Code: 301
     *
     * <p>Message: Cannot register selling orders below the base price
     *
     * <p>Category: order (Orders)
     */
    SELL_PRICE_BELOW_BASE("301"),

    /**
     * Sell orders cannot be placed at or above the base price.
     *
     * <p>ko: 기본가격 이상으로는 매도 주문 등록 불가 합니다.
     *
     * <p>Code: 302
     *
     * <p>Message: Cannot register selling orders above the base price
     *
     * <p>Category: order (Orders)
     */
    SELL_PRICE_ABOVE_BASE("302"),

    /**
     * Buy orders cannot be placed at or below the base price.
     *
     * <p>ko: 기본가격 이하로는 매수 주문 등록 불가 합니다.
     *
     * <p>Code: 303
     *
     * <p>Message: Cannot register buying orders below the base price
     *
     * <p>Category: order (Orders)
     */
    BUY_PRICE_BELOW_BASE("303"),

    /**
     * Buy orders cannot be placed at or above the base price.
     *
     * <p>ko: 기본가격 이상으로는 매수 주문 등록 불가 합니다.
     *
     * <p>Code: 304
     *
     * <p>Message: Cannot register buying orders above the base price
     *
     * <p>Category: order (Orders)
     */
    BUY_PRICE_ABOVE_BASE("304"),

    /**
     * An invalid quantity was entered.
     *
     * <p>ko: 잘못된 수량이 입력되었습니다.
     *
     * <p>Code: 305
     *
     * <p>Message: Invalid quantity
     *
     * <p>Category: order (Orders)
     */
    QUANTITY_INVALID("305"),

    /**
     * Orders at or below the minimum quantity cannot be placed.
     *
     * <p>ko: 최소 수량 이하로는 주문이 불가 합니다.
     *
     * <p>Code: 306
     *
     * <p>Message: Cannot be process the orders below the minimum amount
     *
     * <p>Category: order (Orders)
     */
    ORDER_BELOW_MINIMUM_QUANTITY("306"),

    /**
     * Orders at or above the maximum quantity cannot be placed.
     *
     * <p>ko: 최대 수량 이상으로는 주문이 불가 합니다.
     *
     * <p>Code: 307
     *
     * <p>Message: Cannot be process the orders exceed the maximum amount
     *
     * <p>Category: order (Orders)
     */
    ORDER_ABOVE_MAXIMUM_QUANTITY("307"),

    /**
     * The price given in the order request is outside the range from the minimum to the maximum order price.
     *
     * <p>ko: 주문 요청 시 입력한 가격이 최소 주문 가능 가격~최대 주문 가능 가격 범위를 벗어날 경우 발생합니다.
     *
     * <p>Code: 308
     *
     * <p>Message: Price is out of range.
     *
     * <p>Category: order (Orders)
     */
    PRICE_OUT_OF_RANGE("308"),

    /**
     * The quantity given in the order request is outside the range from the minimum to the maximum order quantity.
     *
     * <p>ko: 주문 요청 시 입력한 수량이 최소 주문 가능 수량~최대 주문 가능 수량을 벗어날 경우 발생합니다.
     *
     * <p>Code: 309
     *
     * <p>Message: Qty is out of range.
     *
     * <p>Category: order (Orders)
     */
    QUANTITY_OUT_OF_RANGE("309"),

    /**
     * The price unit is not valid.
     *
     * <p>ko: 가격 단위가 유효하지 않을 때 발생합니다.
     *
     * <p>Code: 310
     *
     * <p>Message: Unavailable price unit. Please check the Range unit API to get the price_unit.
     *
     * <p>Category: order (Orders)
     */
    PRICE_UNIT_INVALID("310"),

    /**
     * The quantity unit is not valid.
     *
     * <p>ko: 수량 단위가 유효하지 않을 때 발생합니다.
     *
     * <p>Code: 311
     *
     * <p>Message: Unavailable qty unit. Please check the Market API to see the qty_unit.
     *
     * <p>Category: order (Orders)
     */
    QUANTITY_UNIT_INVALID("311"),

    /**
     * The user_order_id is a duplicate.
     *
     * <p>ko: 중복된 user_order_id
     *
     * <p>Code: 312
     *
     * <p>Message: Duplicated user_order_id
     *
     * <p>Category: user-order-id (Client order ids (user_order_id))
     */
    USER_ORDER_ID_DUPLICATED("312"),

    /**
     * Both order_id and user_order_id were given in the request, or neither was.
     *
     * <p>ko: order_id 와 user_order_id 가 함께 요청되거나, 둘다 입력되지 않았을 경우
     *
     * <p>Code: 313
     *
     * <p>Message: user_order_id and order_Id cannot be requested together. Otherwise, neither was entered
     *
     * <p>Category: user-order-id (Client order ids (user_order_id))
     */
    EXACTLY_ONE_ORDER_ID_REQUIRED("313"),

    /**
     * The user_order_id is not valid (upper-case letters, unsupported special characters, or more than 150 characters).
     *
     * <p>ko: 잘못된 user_order_id (대문자 혹은 지원하지 않는 특문, 150자 초과)
     *
     * <p>Code: 314
     *
     * <p>Message: Invalid user_order_id (It must be lower case)
     *
     * <p>Category: user-order-id (Client order ids (user_order_id))
     */
    USER_ORDER_ID_INVALID("314"),

    /**
     * This API does not support portfolios.
     *
     * <p>ko: 포트폴리오를 지원하지 않는 API 입니다.
     *
     * <p>Code: 315
     *
     * <p>Message: The API does not support a portfolio.
     *
     * <p>Category: api-access (API access and permissions)
     */
    PORTFOLIO_NOT_SUPPORTED("315"),

    /**
     * A server error occurred.
     *
     * <p>ko: 서버 에러가 발생하였습니다.
     *
     * <p>Code: 405
     *
     * <p>Message: Server error
     *
     * <p>Category: server (Server)
     */
    SERVER_ERROR("405"),

    /**
     * The two-factor authentication code is not valid.
     *
     * <p>ko: 유효하지 않은 2-Factor 인증 값입니다.
     *
     * <p>Code: 777
     *
     * <p>Message: Invalid 2FA
     *
     * <p>Category: authentication (Authentication and tokens)
     */
    TWO_FACTOR_CODE_INVALID("777"),

    /**
     * Looking up a single order with V2 (v2/order/query_order), the order is not a limit order. (This error occurs because V2 does not support market or stop-limit orders.)
     *
     * <p>ko: v2의 특정 주문 조회 시(v2/order/query_order) 조회하려는 주문이 지정가 주문이 아닌 경우 발생합니다. (v2는 시장가, 예약 지정가를 지원하지 않아 발생하는 에러입니다.)
     *
     * <p>Code: 1201
     *
     * <p>Message: The V2 order API only supports limit order types.
     *
     * <p>Category: api-access (API access and permissions)
     */
    API_DISCONTINUED("1201"),

    /**
     * Looking up a single order with V2.1 (v2.1/order/info), the order is not a limit order. (This error occurs because v2.1/order/info does not support market or stop-limit orders.)
     *
     * <p>ko: v21의 특정 주문 정보 조회 시(v2.1/order/info) 조회하려는 주문이 지정가 주문이 아닌 경우 발생합니다. (v2.1/order/info는 시장가, 예약 지정가를 지원하지 않아 발생하는 에러입니다.)
     *
     * <p>Code: 1202
     *
     * <p>Message: This API is deprecated and only supports limit order type.
     *
     * <p>Category: api-access (API access and permissions)
     */
    ORDER_INFO_API_LIMIT_ONLY("1202"),

    /**
     * The customer does not exist.
     *
     * <p>ko: 존재하지 않은 고객입니다.
     *
     * <p>Code: 1206
     *
     * <p>Message: User not found
     *
     * <p>Category: account (Account status)
     */
    USER_NOT_FOUND("1206"),

    /**
     * Withdrawals of this virtual asset are suspended, temporarily or permanently. Please check the notices.
     *
     * <p>ko: 출금이 일시적 혹은 영구적으로 정지된 가상자산입니다. 공지사항을 확인 부탁드립니다.
     *
     * <p>Code: 3001
     *
     * <p>Message: Withdrawal of the virtual asset has been suspended. Please check our notice
     *
     * <p>Category: withdrawal (Withdrawals)
     */
    ASSET_WITHDRAWAL_SUSPENDED("3001"),

    /**
     * The withdrawal was rejected for a specific reason.
     *
     * <p>ko: 출금이 특정 사유로 인해 거절된 상태입니다.
     *
     * <p>Code: 3002
     *
     * <p>Message: Withdrawal is rejected
     *
     * <p>Category: withdrawal (Withdrawals)
     */
    WITHDRAWAL_REJECTED("3002"),

    /**
     * The daily withdrawal limit has been exceeded.
     *
     * <p>ko: 일일 출금 가능 수량을 초과 하였습니다.
     *
     * <p>Code: 3003
     *
     * <p>Message: Exceed daily withdrawal limit
     *
     * <p>Category: withdrawal (Withdrawals)
     */
    DAILY_WITHDRAWAL_LIMIT_EXCEEDED("3003"),

    /**
     * The withdrawal failed because withdrawals are delayed for 24 hours after a Korean won (KRW) deposit.
     *
     * <p>ko: 원화 입금으로 인한 24시간 출금지연 상태로 출금에 실패 하였습니다.
     *
     * <p>Code: 3004
     *
     * <p>Message: Failed by 24-hour withdrawal delay policy
     *
     * <p>Category: withdrawal (Withdrawals)
     */
    WITHDRAWAL_DELAYED_AFTER_KRW_DEPOSIT("3004"),

    /**
     * Please complete mobile phone number verification, then try again.
     *
     * <p>ko: 휴대폰 번호 인증 완료 하신 후에 재시도 부탁드립니다.
     *
     * <p>Code: 3005
     *
     * <p>Message: Try again after complete phone verification
     *
     * <p>Category: account (Account status)
     */
    PHONE_VERIFICATION_REQUIRED("3005"),

    /**
     * An error occurred in your balance. Please contact the customer center.
     *
     * <p>ko: 잔고에 오류가 발생하였습니다. 고객 센터에 연락 부탁드립니다.
     *
     * <p>Code: 3007
     *
     * <p>Message: An error in the balance. Please contact CS center
     *
     * <p>Category: balance (Balance)
     */
    BALANCE_ERROR("3007"),

    /**
     * The account cannot be used because abnormal trading was detected.
     *
     * <p>ko: 이상거래에 탐지되어 이용할 수 없는 상태입니다.
     *
     * <p>Code: 3009
     *
     * <p>Message: Account was detected through FDS system monitoring
     *
     * <p>Category: account (Account status)
     */
    ACCOUNT_FLAGGED_BY_FDS("3009"),

    /**
     * Withdrawals are not possible because the account is locked. You can unlock it by logging in with the latest version of the app or on the website.
     *
     * <p>ko: 계정 잠금으로 인해 출금이 불가한 경우입니다. 잠금 해제는 최신 버전의 앱 또는 웹페이지에서 로그인을 통해 진행할 수 있습니다.
     *
     * <p>Code: 3010
     *
     * <p>Message: Account is locked
     *
     * <p>Category: account (Account status)
     */
    ACCOUNT_LOCKED("3010"),

    /**
     * The master account has restricted virtual asset withdrawals for this sub-account.
     *
     * <p>ko: 마스터 계정이 서브 계정의 가상자산 출금을 제한한 상태입니다.
     *
     * <p>Code: 3011
     *
     * <p>Message: Withdrawal is restricted by master account.
     *
     * <p>Category: withdrawal (Withdrawals)
     */
    WITHDRAWAL_RESTRICTED_BY_MASTER("3011");

    private final String wireCode;

    CoinoneErrorCode(String wireCode) {
        this.wireCode = wireCode;
    }

    /**
     * The code as the API sends it, e.g. in the error body's code field.
     *
     * @return the wire code, never null
     */
    public String wireCode() {
        return wireCode;
    }

    /**
     * Everything the catalog says about this code.
     *
     * @return the metadata, never null
     */
    public CoinoneErrorInfo info() {
        return Metadata.INFOS[ordinal()];
    }

    /**
     * Whether the catalog deprecates this code.
     *
     * @return true for a deprecated code
     */
    public boolean isDeprecated() {
        return info().deprecation().isPresent();
    }

    /**
     * The constant for a wire code, in the style of Spring's {@code HttpStatus.resolve}.
     *
     * @param wireCode the code as sent, may be null
     * @return the constant, or null when the catalog does not know the code
     */
    public static CoinoneErrorCode resolve(String wireCode) {
        return wireCode == null ? null : Lookup.BY_WIRE_CODE.get(wireCode);
    }

    /**
     * The constant for a wire code.
     *
     * @param wireCode the code as sent, may be null
     * @return the constant, or empty when the catalog does not know the code
     */
    public static Optional<CoinoneErrorCode> fromWireCode(String wireCode) {
        return Optional.ofNullable(resolve(wireCode));
    }

    /** The retired codes, for {@link CoinoneErrors#reservedCodes()}. */
    static Map<String, CoinoneErrorInfo> retired() {
        return Metadata.RETIRED_BY_CODE;
    }

    /** Built on first use, after every constant exists. */
    private static final class Lookup {
        static final Map<String, CoinoneErrorCode> BY_WIRE_CODE;

        static {
            Map<String, CoinoneErrorCode> byWireCode = new HashMap<>();
            for (CoinoneErrorCode code : values()) {
                byWireCode.put(code.wireCode(), code);
            }
            BY_WIRE_CODE = Collections.unmodifiableMap(byWireCode);
        }

        private Lookup() {}
    }

    /**
     * Built on first use: the metadata of every entry, active codes (by ordinal) then retired
     * ones. Not in the enum's own initializer, which the JVM limits to 64 KiB of code: each
     * class below fills at most 100 entries.
     */
    private static final class Metadata {
        static final CoinoneErrorInfo[] INFOS = new CoinoneErrorInfo[90 + 0];

        static final Map<String, CoinoneErrorInfo> RETIRED_BY_CODE;

        static {
            Rows0.fill(INFOS);
            Map<String, CoinoneErrorInfo> retired = new LinkedHashMap<>();
            for (int i = 90; i < INFOS.length; i++) {
                retired.put(INFOS[i].code(), INFOS[i]);
            }
            RETIRED_BY_CODE = Collections.unmodifiableMap(retired);
        }

        private Metadata() {}

        private static final class Rows0 {
            private Rows0() {}

            static void fill(CoinoneErrorInfo[] infos) {
                infos[0] = CoinoneErrorInfo.builder("4", "USER_BLOCKED", "account", "Blocked user access")
                    .description("en", "Access by this user is restricted.")
                    .description("ko", "제한된 사용자의 접근입니다.")
                    .retryable(true)
                    .retryAfterSeconds(60)
                    .errorClass("rate-limit")
                    .userAction("retry-later")
                    .notes("Retryable: the rate limit of the Public API, not a suspended account. Coinone's API introduction page (docs.coinone.co.kr/docs, \"Public API 요청 건 수 제한\") allows 300 requests a minute; past that the reply is this code (as errorCode \"4\", errorMsg \"Blocked user access.\") and requests are refused for one minute, so wait 60 seconds and send the same request again. Its v1.0 page said more than 5 requests a second and refused them for ten minutes (600 seconds).")
                    .build();
                infos[1] = CoinoneErrorInfo.builder("8", "REQUEST_TOKEN_REQUIRED", "authentication", "Request Token Parameter is needed")
                    .description("en", "The request token parameter is required.")
                    .description("ko", "토큰 파라미터 요청이 필요 합니다.")
                    .retryable(false)
                    .errorClass("authentication")
                    .build();
                infos[2] = CoinoneErrorInfo.builder("10", "IP_NOT_ALLOWED", "api-access", "This IP address is not allowed.")
                    .description("en", "The request comes from an IP address whose access is restricted.")
                    .description("ko", "접근이 제한된 IP로부터의 요청입니다.")
                    .retryable(false)
                    .errorClass("permission")
                    .userAction("check-credentials")
                    .build();
                infos[3] = CoinoneErrorInfo.builder("11", "ACCESS_TOKEN_MISSING", "authentication", "Access token is missing")
                    .description("en", "An access token is required.")
                    .description("ko", "액세스 토큰 필요 합니다.")
                    .retryable(false)
                    .errorClass("authentication")
                    .notes("The current error table (docs.coinone.co.kr/docs/error-code, API v2.1) no longer lists this code; 10 took its place in the list. Nothing says servers stopped sending it, so it stays active.")
                    .build();
                infos[4] = CoinoneErrorInfo.builder("12", "ACCESS_TOKEN_INVALID", "authentication", "Invalid access token")
                    .description("en", "The access token is not valid.")
                    .description("ko", "유효하지 않은 액세스 토큰입니다.")
                    .retryable(false)
                    .errorClass("authentication")
                    .build();
                infos[5] = CoinoneErrorInfo.builder("20", "SERVICE_NOT_FOUND", "api-access", "This service does not exist")
                    .description("en", "The requested API service does not exist.")
                    .description("ko", "존재하지 않은 API 서비스입니다.")
                    .retryable(false)
                    .errorClass("bad-request")
                    .build();
                infos[6] = CoinoneErrorInfo.builder("21", "API_REGISTRATION_REQUIRED", "api-access", "Customers who need to register for API usage")
                    .description("en", "You need to register before you can use the API.")
                    .description("ko", "API 사용을 위한 등록이 필요 합니다.")
                    .retryable(false)
                    .errorClass("permission")
                    .build();
                infos[7] = CoinoneErrorInfo.builder("22", "SERVICE_NOT_APPROVED", "api-access", "This service is not approved")
                    .description("en", "The service has not been approved.")
                    .description("ko", "승인되지 않은 서비스입니다.")
                    .retryable(false)
                    .errorClass("permission")
                    .build();
                infos[8] = CoinoneErrorInfo.builder("23", "APP_SECRET_INVALID", "authentication", "Invalid App Secret")
                    .description("en", "The App Secret is not valid. Please check its status in the Open API menu on the Coinone website.")
                    .description("ko", "유효하지 않은 App Secret 입니다. 코인원 웹 > Open API 메뉴에서 상태 확인 부탁드립니다.")
                    .retryable(false)
                    .errorClass("authentication")
                    .userAction("check-credentials")
                    .build();
                infos[9] = CoinoneErrorInfo.builder("24", "APP_ID_INVALID", "authentication", "Invalid App Id")
                    .description("en", "The App ID is not valid. Please check its status in the Open API menu on the Coinone website.")
                    .description("ko", "유효하지 않은 APP ID 입니다. 코인원 웹 > Open API 메뉴에서 상태 확인 부탁드립니다.")
                    .retryable(false)
                    .errorClass("authentication")
                    .userAction("check-credentials")
                    .build();
                infos[10] = CoinoneErrorInfo.builder("25", "REQUEST_TOKEN_NOT_FOUND", "authentication", "Request Token does not exist")
                    .description("en", "The request token does not exist.")
                    .description("ko", "존재하지 않은 Request Token 입니다.")
                    .retryable(false)
                    .errorClass("authentication")
                    .build();
                infos[11] = CoinoneErrorInfo.builder("26", "REQUEST_TOKEN_DELETE_FAILED", "authentication", "Failed to delete Request Token")
                    .description("en", "The request token could not be deleted.")
                    .description("ko", "Request Token 삭제를 실패 하였습니다.")
                    .retryable(false)
                    .errorClass("exchange-error")
                    .notes("Not retryable: the document gives no cause for the failure, so nothing says repeating the request helps.")
                    .build();
                infos[12] = CoinoneErrorInfo.builder("27", "ACCESS_TOKEN_NOT_FOUND", "authentication", "Access Token does not exist")
                    .description("en", "The access token does not exist.")
                    .description("ko", "존재하지 않은 Access Token 입니다.")
                    .retryable(false)
                    .errorClass("authentication")
                    .build();
                infos[13] = CoinoneErrorInfo.builder("28", "ACCESS_TOKEN_DELETE_FAILED", "authentication", "Failed to delete Access Token")
                    .description("en", "The access token could not be deleted.")
                    .description("ko", "Access Token 삭제 실패 하였습니다.")
                    .retryable(false)
                    .errorClass("exchange-error")
                    .notes("Not retryable: the document gives no cause for the failure, so nothing says repeating the request helps.")
                    .build();
                infos[14] = CoinoneErrorInfo.builder("29", "ACCESS_TOKEN_REFRESH_FAILED", "authentication", "Failed to refresh Access Token")
                    .description("en", "The access token could not be refreshed.")
                    .description("ko", "Access Token을 리프레쉬 하는데 실패 하였습니다.")
                    .retryable(false)
                    .errorClass("exchange-error")
                    .notes("Not retryable: the document gives no cause for the failure, so nothing says repeating the request helps.")
                    .build();
                infos[15] = CoinoneErrorInfo.builder("40", "API_PERMISSION_DENIED", "api-access", "Invalid API permission")
                    .description("en", "The API permission has not been approved.")
                    .description("ko", "승인되지 않은 API 권한입니다.")
                    .retryable(false)
                    .errorClass("permission")
                    .build();
                infos[16] = CoinoneErrorInfo.builder("50", "IDENTITY_VERIFICATION_REQUIRED", "account", "You can use the API after complete Coinone identity verification by web or app")
                    .description("en", "You can use the API after completing KYC identity verification on the Coinone website or app.")
                    .description("ko", "코인원 웹이나 앱을 통한 KYC 인증 이후 API 이용이 가능합니다.")
                    .retryable(false)
                    .errorClass("verification-required")
                    .userAction("complete-verification")
                    .build();
                infos[17] = CoinoneErrorInfo.builder("51", "API_NO_LONGER_AVAILABLE", "api-access", "This API is no longer available")
                    .description("en", "This API is no longer valid.")
                    .description("ko", "더 이상 유효하지 않은 API 입니다.")
                    .retryable(false)
                    .errorClass("not-supported")
                    .build();
                infos[18] = CoinoneErrorInfo.builder("52", "REAL_NAME_ACCOUNT_REQUIRED", "account", "Customers who did not complete the real name account verification are not allowed to use this service")
                    .description("en", "You have not completed real-name bank account verification. Please verify your real-name account in the Coinone app.")
                    .description("ko", "실명 계좌 인증을 완료하지 않은 고객 입니다. 코인원 앱을 통해 실명 계좌 인증이 필요 합니다.")
                    .retryable(false)
                    .errorClass("verification-required")
                    .userAction("complete-verification")
                    .build();
                infos[19] = CoinoneErrorInfo.builder("53", "TWO_FACTOR_AUTH_FAILED", "authentication", "Two Factor Auth Fail")
                    .description("en", "Two-factor authentication failed.")
                    .description("ko", "2-Factor 인증 실패 하였습니다.")
                    .retryable(false)
                    .errorClass("authentication")
                    .build();
                infos[20] = CoinoneErrorInfo.builder("101", "INVALID_FORMAT", "request", "Invalid format")
                    .description("en", "The format is not valid.")
                    .description("ko", "유효하지 않은 포맷입니다.")
                    .retryable(false)
                    .errorClass("bad-request")
                    .userAction("fix-request")
                    .build();
                infos[21] = CoinoneErrorInfo.builder("103", "BALANCE_INSUFFICIENT", "balance", "Lack of Balance")
                    .description("en", "The balance is insufficient.")
                    .description("ko", "잔고가 부족 합니다.")
                    .retryable(false)
                    .errorClass("insufficient-funds")
                    .notes("Not retryable: the balance grows only through the caller's own deposits, cancellations or fills; send the request again after one of those.")
                    .build();
                infos[22] = CoinoneErrorInfo.builder("104", "ORDER_NOT_FOUND", "order", "Order id is not exist")
                    .description("en", "The order does not exist.")
                    .description("ko", "존재하지 않은 주문입니다.")
                    .retryable(false)
                    .errorClass("order-not-found")
                    .build();
                infos[23] = CoinoneErrorInfo.builder("105", "PRICE_NOT_CORRECT", "order", "Price is not correct")
                    .description("en", "The price is not valid.")
                    .description("ko", "올바르지 않은 가격입니다.")
                    .retryable(false)
                    .errorClass("invalid-order")
                    .build();
                infos[24] = CoinoneErrorInfo.builder("107", "PARAMETER_ERROR", "request", "Parameter error")
                    .description("en", "A request parameter is wrong.")
                    .description("ko", "파라메터 에러입니다.")
                    .retryable(false)
                    .errorClass("bad-request")
                    .userAction("fix-request")
                    .build();
                infos[25] = CoinoneErrorInfo.builder("108", "UNKNOWN_CURRENCY", "request", "Unknown cryptocurrency")
                    .description("en", "The asset symbol does not exist.")
                    .description("ko", "존재하지 않은 종목 심볼입니다.")
                    .retryable(false)
                    .errorClass("unknown-symbol")
                    .build();
                infos[26] = CoinoneErrorInfo.builder("109", "UNKNOWN_MARKET", "request", "Unknown cryptocurrency pair")
                    .description("en", "The trading pair does not exist.")
                    .description("ko", "존재하지 않은 거래 종목입니다.")
                    .retryable(false)
                    .errorClass("unknown-symbol")
                    .build();
                infos[27] = CoinoneErrorInfo.builder("111", "PRICE_TOO_FAR_FROM_MARKET", "order", "The order unavailable due to significant price difference between the order price and the current price")
                    .description("en", "The order cannot be placed because the order price is too far from the current price.")
                    .description("ko", "주문 가격과 현재 가격의 현격한 차이로 주문이 불가 합니다.")
                    .retryable(false)
                    .errorClass("invalid-order")
                    .notes("Not retryable: the market may move back into range, but the order is priced for the market the caller saw; price it again instead of repeating it.")
                    .build();
                infos[28] = CoinoneErrorInfo.builder("113", "QUANTITY_TOO_LOW", "order", "Quantity is too low")
                    .description("en", "The request cannot be processed because the quantity is below the minimum.")
                    .description("ko", "최소 수량 미달로 요청이 불가 합니다.")
                    .retryable(false)
                    .errorClass("invalid-order")
                    .build();
                infos[29] = CoinoneErrorInfo.builder("114", "ORDER_QUANTITY_INVALID", "order", "This is not a valid your order amount")
                    .description("en", "The order quantity is not valid.")
                    .description("ko", "유효하지 않은 주문 수량 입니다.")
                    .retryable(false)
                    .errorClass("invalid-order")
                    .build();
                infos[30] = CoinoneErrorInfo.builder("115", "MAX_QUANTITY_EXCEEDED", "order", "The sum of the holding quantity and the quantity of active orders has exceeded the maximum quantity")
                    .description("en", "The quantity you hold plus the quantity in your open orders exceeds the maximum quantity.")
                    .description("ko", "보유 수량과 등록된 주문 수량의 합 최대 수량을 초과 하였습니다.")
                    .retryable(false)
                    .errorClass("invalid-order")
                    .build();
                infos[31] = CoinoneErrorInfo.builder("116", "ORDER_ALREADY_FILLED", "order", "Already Traded")
                    .description("en", "The order has already been filled.")
                    .description("ko", "이미 체결된 주문입니다.")
                    .retryable(false)
                    .errorClass("invalid-order")
                    .build();
                infos[32] = CoinoneErrorInfo.builder("117", "ORDER_ALREADY_CANCELED", "order", "Already Canceled")
                    .description("en", "The order has already been canceled.")
                    .description("ko", "이미 취소된 주문입니다.")
                    .retryable(false)
                    .errorClass("invalid-order")
                    .build();
                infos[33] = CoinoneErrorInfo.builder("118", "ORDER_ALREADY_SUBMITTED", "order", "Already Submitted.")
                    .description("en", "The order has already been placed.")
                    .description("ko", "이미 등록된 주문입니다.")
                    .retryable(false)
                    .errorClass("invalid-order")
                    .build();
                infos[34] = CoinoneErrorInfo.builder("120", "PAYLOAD_MISSING", "signature", "V2 API payload is missing")
                    .description("en", "The V2 API payload is required.")
                    .description("ko", "V2 API payload 값 입력이 필요 합니다.")
                    .retryable(false)
                    .errorClass("authentication")
                    .userAction("fix-request")
                    .build();
                infos[35] = CoinoneErrorInfo.builder("121", "SIGNATURE_MISSING", "signature", "V2 API signature is missing")
                    .description("en", "The V2 API signature is required.")
                    .description("ko", "V2 API signature 값 입력이 필요 합니다.")
                    .retryable(false)
                    .errorClass("authentication")
                    .userAction("fix-request")
                    .build();
                infos[36] = CoinoneErrorInfo.builder("122", "NONCE_MISSING", "signature", "V2 API nonce is missing")
                    .description("en", "The V2 API nonce is required.")
                    .description("ko", "V2 API nonce 값 입력이 필요 합니다.")
                    .retryable(false)
                    .errorClass("authentication")
                    .userAction("fix-request")
                    .build();
                infos[37] = CoinoneErrorInfo.builder("123", "SIGNATURE_INVALID", "signature", "V2 API signature is not correct")
                    .description("en", "The V2 API signature is not correct.")
                    .description("ko", "V2 API signature 값이 올바르지 않습니다.")
                    .retryable(false)
                    .errorClass("authentication")
                    .userAction("fix-request")
                    .build();
                infos[38] = CoinoneErrorInfo.builder("130", "NONCE_NOT_POSITIVE_INTEGER", "signature", "V2 API Nonce value must be a positive integer")
                    .description("en", "The V2 API nonce must be a positive number.")
                    .description("ko", "V2 API Nonce 값은 양의 숫자 값이어야 합니다.")
                    .retryable(false)
                    .errorClass("bad-request")
                    .userAction("fix-request")
                    .notes("A nonce in the wrong format: the client's nonce generator is wrong, so a new nonce from it fails the same way (fix-request, not renew-nonce).")
                    .build();
                infos[39] = CoinoneErrorInfo.builder("131", "NONCE_NOT_INCREASING", "signature", "V2 API Nonce is must be bigger then last nonce")
                    .description("en", "The V2 API nonce must be greater than the previous nonce.")
                    .description("ko", "V2 API Nonce 값은 이전 Nonce 값보다 커야 합니다.")
                    .retryable(false)
                    .errorClass("invalid-nonce")
                    .userAction("renew-nonce")
                    .notes("Not retryable as the same request: its nonce stays too small. Sign the request again with a new, larger nonce and send it (userAction renew-nonce); this is what happens when requests signed in parallel arrive out of order.")
                    .build();
                infos[40] = CoinoneErrorInfo.builder("132", "NONCE_ALREADY_USED", "signature", "Nonce already used")
                    .description("en", "This nonce has already been used.")
                    .description("ko", "이미 사용된 Nonce 값 입니다.")
                    .retryable(false)
                    .errorClass("invalid-nonce")
                    .userAction("renew-nonce")
                    .notes("Not retryable as the same request: its nonce stays used. Sign the request again with a new nonce (a fresh UUID in V2.1) and send it (userAction renew-nonce).")
                    .build();
                infos[41] = CoinoneErrorInfo.builder("133", "NONCE_NOT_UUID", "signature", "Nonce must be in the form of a UUID")
                    .description("en", "The nonce must be a UUID.")
                    .description("ko", "Nonce값은 UUID 포맷이어야 합니다.")
                    .retryable(false)
                    .errorClass("bad-request")
                    .userAction("fix-request")
                    .notes("A nonce in the wrong format: the client's nonce generator is wrong, so a new nonce from it fails the same way (fix-request, not renew-nonce).")
                    .build();
                infos[42] = CoinoneErrorInfo.builder("151", "V1_TOKEN_NOT_ACCEPTED", "authentication", "It's V2 API. V1 Access token is not acceptable")
                    .description("en", "The V2 API cannot be used with a V1 access token.")
                    .description("ko", "V1의 Access Token으로는 V2 API 이용이 불가합니다.")
                    .retryable(false)
                    .errorClass("authentication")
                    .build();
                infos[43] = CoinoneErrorInfo.builder("152", "ADDRESS_INVALID", "withdrawal", "Invalid address")
                    .description("en", "The address is not valid.")
                    .description("ko", "유효하지 않은 주소입니다.")
                    .retryable(false)
                    .errorClass("invalid-address")
                    .build();
                infos[44] = CoinoneErrorInfo.builder("153", "ADDRESS_BLOCKED_BY_FDS", "withdrawal", "The address is detected by FDS. Please contact our customer center")
                    .description("en", "The address is restricted by the fraud detection system (FDS). Please contact the customer center.")
                    .description("ko", "FDS에 의해 제한된 주소입니다. 고객 센터로 연락 부탁드립니다.")
                    .retryable(false)
                    .errorClass("invalid-address")
                    .userAction("contact-support")
                    .build();
                infos[45] = CoinoneErrorInfo.builder("154", "ADDRESS_NOT_REGISTERED_FOR_API", "withdrawal", "The address is not registered as an API withdrawal address")
                    .description("en", "The address must be registered as an API withdrawal address.")
                    .description("ko", "API 출금 주소 등록이 필요한 주소입니다.")
                    .retryable(false)
                    .errorClass("invalid-address")
                    .build();
                infos[46] = CoinoneErrorInfo.builder("155", "DEPOSIT_ADDRESS_REQUIRED", "withdrawal", "Withdrawal through the 'CODE Solution' requires registration of the deposit address")
                    .description("en", "Withdrawing through the CODE solution requires a deposit address. Create a deposit address on the Coinone website or app, then try again.")
                    .description("ko", "CODE 솔루션을 통한 출금을 위해서는 입금 주소 생성이 필요합니다. 코인원 웹/앱에서 입금주소 생성 후 요청하시기 바랍니다.")
                    .retryable(false)
                    .errorClass("operation-rejected")
                    .build();
                infos[47] = CoinoneErrorInfo.builder("156", "WITHDRAWAL_ADDRESS_NOT_FOUND", "withdrawal", "The withdrawal address does not exist")
                    .description("en", "The withdrawal address does not exist.")
                    .description("ko", "존재하지 않은 출금 주소입니다.")
                    .retryable(false)
                    .errorClass("invalid-address")
                    .build();
                infos[48] = CoinoneErrorInfo.builder("157", "WITHDRAWAL_BALANCE_INSUFFICIENT", "withdrawal", "Insufficient balance")
                    .description("en", "The balance is not sufficient.")
                    .description("ko", "잔액이 부족합니다.")
                    .retryable(false)
                    .errorClass("insufficient-funds")
                    .build();
                infos[49] = CoinoneErrorInfo.builder("158", "WITHDRAWAL_BELOW_MINIMUM", "withdrawal", "Minimum withdrawal quantity insufficient")
                    .description("en", "The amount is less than the minimum withdrawal amount.")
                    .description("ko", "최소 출금 가능 금액보다 부족합니다.")
                    .retryable(false)
                    .errorClass("bad-request")
                    .build();
                infos[50] = CoinoneErrorInfo.builder("159", "MEMO_REQUIRED", "withdrawal", "Required the memo to proceed with the withdrawal")
                    .description("en", "A memo is required for this withdrawal.")
                    .description("ko", "출금을 위해서는 Memo 입력이 필요합니다.")
                    .retryable(false)
                    .errorClass("bad-request")
                    .build();
                infos[51] = CoinoneErrorInfo.builder("160", "TRANSACTION_ID_INVALID", "withdrawal", "Withdrawal/Deposit id is invalid")
                    .description("en", "The deposit or withdrawal ID given when looking up a single deposit or withdrawal is not valid.")
                    .description("ko", "단일 입출금 내역 조회 시 올바르지 않은 입출금 내역 식별 ID가 입력된 경우입니다.")
                    .retryable(false)
                    .errorClass("bad-request")
                    .build();
                infos[52] = CoinoneErrorInfo.builder("161", "PRICE_REQUIRED", "order", "price is required for LIMIT or STOP_LIMIT order.")
                    .description("en", "The price field, required for limit and stop-limit orders, was not given.")
                    .description("ko", "지정가, 예약 지정가 주문시 필수정보인 가격필드가 입력되지 않은 경우입니다.")
                    .retryable(false)
                    .errorClass("invalid-order")
                    .userAction("fix-request")
                    .build();
                infos[53] = CoinoneErrorInfo.builder("162", "QUANTITY_REQUIRED", "order", "qty is required for LIMIT or STOP_LIMIT or MARKET(SELL) order.")
                    .description("en", "The quantity field, required for limit, stop-limit and market (sell) orders, was not given.")
                    .description("ko", "지정가, 예약 지정가, 시장가(매도), 주문시 필수정보인 수량필드가 입력되지 않은 경우입니다.")
                    .retryable(false)
                    .errorClass("invalid-order")
                    .userAction("fix-request")
                    .build();
                infos[54] = CoinoneErrorInfo.builder("163", "POST_ONLY_REQUIRED", "order", "post_only is required for LIMIT order.")
                    .description("en", "The post_only field, required for limit orders, was not given.")
                    .description("ko", "지정가 주문시 필수정보인 post_only필드가 입력되지 않은 경우입니다.")
                    .retryable(false)
                    .errorClass("invalid-order")
                    .userAction("fix-request")
                    .build();
                infos[55] = CoinoneErrorInfo.builder("164", "TRIGGER_PRICE_REQUIRED", "order", "trigger_price is required for STOP_LIMIT order")
                    .description("en", "The trigger_price field, required for stop-limit orders, was not given.")
                    .description("ko", "예약 지정가 주문시 필수정보인 trigger_price 필드가 입력되지 않은 경우입니다.")
                    .retryable(false)
                    .errorClass("invalid-order")
                    .userAction("fix-request")
                    .build();
                infos[56] = CoinoneErrorInfo.builder("165", "AMOUNT_REQUIRED", "order", "amount is required for MARKET(BUY) order.")
                    .description("en", "The total amount field, required for market (buy) orders, was not given.")
                    .description("ko", "시장가(매수) 주문시 필수정보인 총액필드가 입력되지 않은 경우입니다.")
                    .retryable(false)
                    .errorClass("invalid-order")
                    .userAction("fix-request")
                    .build();
                infos[57] = CoinoneErrorInfo.builder("166", "ORDER_TYPE_NOT_SUPPORTED", "order", "Not Supported Order Type.")
                    .description("en", "The order type given in a V2.1 Order API request is not supported. Supported order types: LIMIT, MARKET, STOP_LIMIT (upper case only).")
                    .description("ko", "V2.1 Order API 요청시 입력한 주문타입이 지원하지 않는 주문타입인 경우입니다. 가능한 주문 타입 : LIMIT, MARKET, STOP_LIMIT (대문자만 가능)")
                    .retryable(false)
                    .errorClass("invalid-order")
                    .userAction("fix-request")
                    .build();
                infos[58] = CoinoneErrorInfo.builder("167", "TRIGGER_PRICE_EQUALS_CURRENT_PRICE", "order", "trigger price and current price can not be same.")
                    .description("en", "For a stop-limit order, the trigger_price given equals the coin's current price.")
                    .description("ko", "예약지정가 주문시 trigger_price 에 입력하신 값이 해당 코인의 현재가와 동일한 경우입니다.")
                    .retryable(false)
                    .errorClass("invalid-order")
                    .notes("Not retryable: the price moves, but the trigger was chosen for the market the caller saw; choose it again instead of repeating the order.")
                    .build();
                infos[59] = CoinoneErrorInfo.builder("202", "WITHDRAWAL_QUANTITY_INVALID", "withdrawal", "Withdrawal quantity is not correct")
                    .description("en", "The withdrawal quantity is not valid (below the minimum withdrawal quantity, or more decimal places than supported).")
                    .description("ko", "옳바르지 않은 출금 수량입니다. (최소 출금 수량 미만 혹은 지원하지 않는 자릿수)")
                    .retryable(false)
                    .errorClass("bad-request")
                    .build();
                infos[60] = CoinoneErrorInfo.builder("300", "ORDER_INFO_INVALID", "order", "Invalid order information")
                    .description("en", "The order information is not valid.")
                    .description("ko", "유효하지 않은 주문 정보입니다.")
                    .retryable(false)
                    .errorClass("invalid-order")
                    .build();
                infos[61] = CoinoneErrorInfo.builder("301", "SELL_PRICE_BELOW_BASE", "order", "Cannot register selling orders below the base price")
                    .description("en", "Sell orders cannot be placed at or below the base price.")
                    .description("ko", "기본가 이하로는 매도 주문 등록 불가 합니다.")
                    .retryable(false)
                    .errorClass("invalid-order")
                    .build();
                infos[62] = CoinoneErrorInfo.builder("302", "SELL_PRICE_ABOVE_BASE", "order", "Cannot register selling orders above the base price")
                    .description("en", "Sell orders cannot be placed at or above the base price.")
                    .description("ko", "기본가격 이상으로는 매도 주문 등록 불가 합니다.")
                    .retryable(false)
                    .errorClass("invalid-order")
                    .build();
                infos[63] = CoinoneErrorInfo.builder("303", "BUY_PRICE_BELOW_BASE", "order", "Cannot register buying orders below the base price")
                    .description("en", "Buy orders cannot be placed at or below the base price.")
                    .description("ko", "기본가격 이하로는 매수 주문 등록 불가 합니다.")
                    .retryable(false)
                    .errorClass("invalid-order")
                    .build();
                infos[64] = CoinoneErrorInfo.builder("304", "BUY_PRICE_ABOVE_BASE", "order", "Cannot register buying orders above the base price")
                    .description("en", "Buy orders cannot be placed at or above the base price.")
                    .description("ko", "기본가격 이상으로는 매수 주문 등록 불가 합니다.")
                    .retryable(false)
                    .errorClass("invalid-order")
                    .build();
                infos[65] = CoinoneErrorInfo.builder("305", "QUANTITY_INVALID", "order", "Invalid quantity")
                    .description("en", "An invalid quantity was entered.")
                    .description("ko", "잘못된 수량이 입력되었습니다.")
                    .retryable(false)
                    .errorClass("invalid-order")
                    .build();
                infos[66] = CoinoneErrorInfo.builder("306", "ORDER_BELOW_MINIMUM_QUANTITY", "order", "Cannot be process the orders below the minimum amount")
                    .description("en", "Orders at or below the minimum quantity cannot be placed.")
                    .description("ko", "최소 수량 이하로는 주문이 불가 합니다.")
                    .retryable(false)
                    .errorClass("invalid-order")
                    .build();
                infos[67] = CoinoneErrorInfo.builder("307", "ORDER_ABOVE_MAXIMUM_QUANTITY", "order", "Cannot be process the orders exceed the maximum amount")
                    .description("en", "Orders at or above the maximum quantity cannot be placed.")
                    .description("ko", "최대 수량 이상으로는 주문이 불가 합니다.")
                    .retryable(false)
                    .errorClass("invalid-order")
                    .build();
                infos[68] = CoinoneErrorInfo.builder("308", "PRICE_OUT_OF_RANGE", "order", "Price is out of range.")
                    .description("en", "The price given in the order request is outside the range from the minimum to the maximum order price.")
                    .description("ko", "주문 요청 시 입력한 가격이 최소 주문 가능 가격~최대 주문 가능 가격 범위를 벗어날 경우 발생합니다.")
                    .retryable(false)
                    .errorClass("invalid-order")
                    .userAction("fix-request")
                    .build();
                infos[69] = CoinoneErrorInfo.builder("309", "QUANTITY_OUT_OF_RANGE", "order", "Qty is out of range.")
                    .description("en", "The quantity given in the order request is outside the range from the minimum to the maximum order quantity.")
                    .description("ko", "주문 요청 시 입력한 수량이 최소 주문 가능 수량~최대 주문 가능 수량을 벗어날 경우 발생합니다.")
                    .retryable(false)
                    .errorClass("invalid-order")
                    .userAction("fix-request")
                    .build();
                infos[70] = CoinoneErrorInfo.builder("310", "PRICE_UNIT_INVALID", "order", "Unavailable price unit. Please check the Range unit API to get the price_unit.")
                    .description("en", "The price unit is not valid.")
                    .description("ko", "가격 단위가 유효하지 않을 때 발생합니다.")
                    .retryable(false)
                    .errorClass("invalid-order")
                    .userAction("fix-request")
                    .build();
                infos[71] = CoinoneErrorInfo.builder("311", "QUANTITY_UNIT_INVALID", "order", "Unavailable qty unit. Please check the Market API to see the qty_unit.")
                    .description("en", "The quantity unit is not valid.")
                    .description("ko", "수량 단위가 유효하지 않을 때 발생합니다.")
                    .retryable(false)
                    .errorClass("invalid-order")
                    .userAction("fix-request")
                    .build();
                infos[72] = CoinoneErrorInfo.builder("312", "USER_ORDER_ID_DUPLICATED", "user-order-id", "Duplicated user_order_id")
                    .description("en", "The user_order_id is a duplicate.")
                    .description("ko", "중복된 user_order_id")
                    .retryable(false)
                    .errorClass("duplicate-order-id")
                    .notes("Not retryable: an order with this user_order_id exists already. After a timeout or a 405 this is the sign that the first attempt was placed; look it up by its user_order_id.")
                    .build();
                infos[73] = CoinoneErrorInfo.builder("313", "EXACTLY_ONE_ORDER_ID_REQUIRED", "user-order-id", "user_order_id and order_Id cannot be requested together. Otherwise, neither was entered")
                    .description("en", "Both order_id and user_order_id were given in the request, or neither was.")
                    .description("ko", "order_id 와 user_order_id 가 함께 요청되거나, 둘다 입력되지 않았을 경우")
                    .retryable(false)
                    .errorClass("bad-request")
                    .userAction("fix-request")
                    .build();
                infos[74] = CoinoneErrorInfo.builder("314", "USER_ORDER_ID_INVALID", "user-order-id", "Invalid user_order_id (It must be lower case)")
                    .description("en", "The user_order_id is not valid (upper-case letters, unsupported special characters, or more than 150 characters).")
                    .description("ko", "잘못된 user_order_id (대문자 혹은 지원하지 않는 특문, 150자 초과)")
                    .retryable(false)
                    .errorClass("bad-request")
                    .userAction("fix-request")
                    .build();
                infos[75] = CoinoneErrorInfo.builder("315", "PORTFOLIO_NOT_SUPPORTED", "api-access", "The API does not support a portfolio.")
                    .description("en", "This API does not support portfolios.")
                    .description("ko", "포트폴리오를 지원하지 않는 API 입니다.")
                    .retryable(false)
                    .errorClass("not-supported")
                    .build();
                infos[76] = CoinoneErrorInfo.builder("405", "SERVER_ERROR", "server", "Server error")
                    .description("en", "A server error occurred.")
                    .description("ko", "서버 에러가 발생하였습니다.")
                    .retryable(true)
                    .errorClass("exchange-unavailable")
                    .userAction("retry-later")
                    .notes("Retryable: a failure on the server's side. Before repeating an order, check whether it was placed after all; an order sent with a user_order_id cannot be placed twice (312).")
                    .build();
                infos[77] = CoinoneErrorInfo.builder("777", "TWO_FACTOR_CODE_INVALID", "authentication", "Invalid 2FA")
                    .description("en", "The two-factor authentication code is not valid.")
                    .description("ko", "유효하지 않은 2-Factor 인증 값입니다.")
                    .retryable(false)
                    .errorClass("authentication")
                    .build();
                infos[78] = CoinoneErrorInfo.builder("1201", "API_DISCONTINUED", "api-access", "The V2 order API only supports limit order types.")
                    .description("en", "Looking up a single order with V2 (v2/order/query_order), the order is not a limit order. (This error occurs because V2 does not support market or stop-limit orders.)")
                    .description("ko", "v2의 특정 주문 조회 시(v2/order/query_order) 조회하려는 주문이 지정가 주문이 아닌 경우 발생합니다. (v2는 시장가, 예약 지정가를 지원하지 않아 발생하는 에러입니다.)")
                    .retryable(false)
                    .errorClass("not-supported")
                    .notes("Documented as \"API Deprecated\" in the v1.0 table; the current table gives the text here and says it comes from looking up a market or stop-limit order through v2/order/query_order. The name stays API_DISCONTINUED, as names never change.")
                    .build();
                infos[79] = CoinoneErrorInfo.builder("1202", "ORDER_INFO_API_LIMIT_ONLY", "api-access", "This API is deprecated and only supports limit order type.")
                    .description("en", "Looking up a single order with V2.1 (v2.1/order/info), the order is not a limit order. (This error occurs because v2.1/order/info does not support market or stop-limit orders.)")
                    .description("ko", "v21의 특정 주문 정보 조회 시(v2.1/order/info) 조회하려는 주문이 지정가 주문이 아닌 경우 발생합니다. (v2.1/order/info는 시장가, 예약 지정가를 지원하지 않아 발생하는 에러입니다.)")
                    .retryable(false)
                    .errorClass("not-supported")
                    .build();
                infos[80] = CoinoneErrorInfo.builder("1206", "USER_NOT_FOUND", "account", "User not found")
                    .description("en", "The customer does not exist.")
                    .description("ko", "존재하지 않은 고객입니다.")
                    .retryable(false)
                    .errorClass("authentication")
                    .build();
                infos[81] = CoinoneErrorInfo.builder("3001", "ASSET_WITHDRAWAL_SUSPENDED", "withdrawal", "Withdrawal of the virtual asset has been suspended. Please check our notice")
                    .description("en", "Withdrawals of this virtual asset are suspended, temporarily or permanently. Please check the notices.")
                    .description("ko", "출금이 일시적 혹은 영구적으로 정지된 가상자산입니다. 공지사항을 확인 부탁드립니다.")
                    .retryable(true)
                    .errorClass("operation-rejected")
                    .userAction("retry-later")
                    .notes("Retryable: when the suspension is temporary, the same withdrawal succeeds once it is lifted (see the notices); not on an immediate retry.")
                    .build();
                infos[82] = CoinoneErrorInfo.builder("3002", "WITHDRAWAL_REJECTED", "withdrawal", "Withdrawal is rejected")
                    .description("en", "The withdrawal was rejected for a specific reason.")
                    .description("ko", "출금이 특정 사유로 인해 거절된 상태입니다.")
                    .retryable(false)
                    .errorClass("operation-rejected")
                    .build();
                infos[83] = CoinoneErrorInfo.builder("3003", "DAILY_WITHDRAWAL_LIMIT_EXCEEDED", "withdrawal", "Exceed daily withdrawal limit")
                    .description("en", "The daily withdrawal limit has been exceeded.")
                    .description("ko", "일일 출금 가능 수량을 초과 하였습니다.")
                    .retryable(true)
                    .errorClass("operation-rejected")
                    .userAction("retry-later")
                    .notes("Retryable: the same withdrawal succeeds once the daily limit allows it again; not on an immediate retry.")
                    .build();
                infos[84] = CoinoneErrorInfo.builder("3004", "WITHDRAWAL_DELAYED_AFTER_KRW_DEPOSIT", "withdrawal", "Failed by 24-hour withdrawal delay policy")
                    .description("en", "The withdrawal failed because withdrawals are delayed for 24 hours after a Korean won (KRW) deposit.")
                    .description("ko", "원화 입금으로 인한 24시간 출금지연 상태로 출금에 실패 하였습니다.")
                    .retryable(true)
                    .errorClass("operation-rejected")
                    .userAction("retry-later")
                    .notes("Retryable: the same withdrawal succeeds once the 24 hours after the KRW deposit have passed.")
                    .build();
                infos[85] = CoinoneErrorInfo.builder("3005", "PHONE_VERIFICATION_REQUIRED", "account", "Try again after complete phone verification")
                    .description("en", "Please complete mobile phone number verification, then try again.")
                    .description("ko", "휴대폰 번호 인증 완료 하신 후에 재시도 부탁드립니다.")
                    .retryable(false)
                    .errorClass("verification-required")
                    .userAction("complete-verification")
                    .build();
                infos[86] = CoinoneErrorInfo.builder("3007", "BALANCE_ERROR", "balance", "An error in the balance. Please contact CS center")
                    .description("en", "An error occurred in your balance. Please contact the customer center.")
                    .description("ko", "잔고에 오류가 발생하였습니다. 고객 센터에 연락 부탁드립니다.")
                    .retryable(false)
                    .errorClass("exchange-error")
                    .userAction("contact-support")
                    .build();
                infos[87] = CoinoneErrorInfo.builder("3009", "ACCOUNT_FLAGGED_BY_FDS", "account", "Account was detected through FDS system monitoring")
                    .description("en", "The account cannot be used because abnormal trading was detected.")
                    .description("ko", "이상거래에 탐지되어 이용할 수 없는 상태입니다.")
                    .retryable(false)
                    .errorClass("account-suspended")
                    .build();
                infos[88] = CoinoneErrorInfo.builder("3010", "ACCOUNT_LOCKED", "account", "Account is locked")
                    .description("en", "Withdrawals are not possible because the account is locked. You can unlock it by logging in with the latest version of the app or on the website.")
                    .description("ko", "계정 잠금으로 인해 출금이 불가한 경우입니다. 잠금 해제는 최신 버전의 앱 또는 웹페이지에서 로그인을 통해 진행할 수 있습니다.")
                    .retryable(false)
                    .errorClass("account-suspended")
                    .build();
                infos[89] = CoinoneErrorInfo.builder("3011", "WITHDRAWAL_RESTRICTED_BY_MASTER", "withdrawal", "Withdrawal is restricted by master account.")
                    .description("en", "The master account has restricted virtual asset withdrawals for this sub-account.")
                    .description("ko", "마스터 계정이 서브 계정의 가상자산 출금을 제한한 상태입니다.")
                    .retryable(false)
                    .errorClass("permission")
                    .build();
            }
        }
    }
}
