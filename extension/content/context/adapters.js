// Per-helpdesk adapters: where each one shows the customer's latest message and name.
// Each: {id, host: RegExp on location.hostname, message: selector (last match wins), name?: selector}.
globalThis.heard ??= {};

heard.adapters = [
  { id: "zendesk", host: /\.zendesk\.com$/, message: "[data-test-id='omni-log-comment-item'] [data-test-id='omni-log-message-content'], .zd-comment", name: "[data-test-id='omni-log-item-sender']" },
  { id: "freshdesk", host: /\.freshdesk\.com$/, message: ".ticket-details__description, .conversation-item .thread-message", name: ".user-name, .conversation-item .name" },
  { id: "helpscout", host: /(^|\.)helpscout\.net$/, message: ".c-thread-item--customer .c-thread-item__body, .thread.customer .thread-body", name: ".c-thread-item--customer .c-thread-item__author" },
  { id: "intercom", host: /(^|\.)intercom\.com$/, message: "[data-conversation-part-type='comment'][data-is-admin='false'] .intercom-interblocks, .conversation__part--user .conversation__bubble", name: ".conversation__header .user-name" },
  { id: "front", host: /(^|\.)frontapp\.com$/, message: "[data-testid='message-body'], .message-body", name: "[data-testid='message-sender-name']" },
  { id: "gorgias", host: /\.gorgias\.com$/, message: "[class*='TicketMessage'][class*='customer'] [class*='body'], .ticket-message.from-customer .body", name: "[class*='TicketMessage'] [class*='sender']" },
  { id: "hubspot", host: /(^|\.)hubspot\.com$/, message: "[data-test-id='thread-item-email-body'], [data-test-id='chat-message-body']", name: "[data-test-id='thread-item-sender']" },
  { id: "salesforce", host: /(\.force\.com|\.salesforce\.com)$/, message: ".cuf-feedItem .feedBodyInner, .slds-chat-message__text_inbound", name: ".cuf-entityLinkId, .slds-chat-message__meta" },
  { id: "gmail", host: /^mail\.google\.com$/, message: "div.a3s.aiL, .ii.gt div[dir]", name: ".gD[name], .gD" },
  { id: "outlook", host: /(outlook\.(office|live|office365)\.com)$/, message: "[aria-label='Message body'], div[id^='UniqueMessageBody']", name: "[id$='_FROM'] span, .OZZZK" },
];
