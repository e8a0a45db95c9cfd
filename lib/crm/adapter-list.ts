/** Every helpdesk declaration (one file each under adapters/): importing this registers them all. Pure data. */
import './adapters/freshdesk';
import './adapters/front';
import './adapters/gmail';
import './adapters/gorgias';
import './adapters/helpscout';
import './adapters/hubspot';
import './adapters/intercom';
import './adapters/kayako';
import './adapters/salesforce';
import './adapters/zammad';
import './adapters/zendesk';
import './adapters/zohodesk';
